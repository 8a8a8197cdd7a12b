#!/usr/bin/env bash
# A self-signed certificate for trying the compose deployment on one machine. Use a real one in production.
set -euo pipefail
cd "$(dirname "$0")"
mkdir -p tls
openssl req -x509 -newkey rsa:3072 -sha256 -days 365 -nodes \
  -keyout tls/cartella.key -out tls/cartella.crt -subj "/CN=localhost" \
  -addext "subjectAltName=DNS:localhost,IP:127.0.0.1"
echo "Wrote deploy/compose/tls/cartella.crt and cartella.key"
