#!/usr/bin/env python3
"""Builds src/main/resources/reference/catalog-v1.json from the domain's services.md.

Usage: python3 build_catalog.py ../../../../shared/domain/services.md > ../resources/reference/catalog-v1.json

The tables of services.md (sections 1-4) are the source; short Italian labels for the outcome codes are ours,
because services.md quotes the seeds' long wording instead of naming the outcome.
"""
import json
import re
import sys

VERSION = "1"

SERVICE_NAMES_IT = {
    "PUNTO_UNICO_ACCESSO_INTEGRATO": "Punto Unico di Accesso integrato (PUA)",
    "VALUTAZIONE_MULTIDIMENSIONALE_INTEGRATA": "Valutazione multidimensionale integrata (UVM/EVM)",
    "PROGETTO_DI_VITA": "Progetto di vita",
    "ASSEGNO_INCLUSIONE": "Assegno di Inclusione (ADI)",
    "PATTO_INCLUSIONE_SOCIALE": "Patto per l'Inclusione Sociale (PaIS)",
    "SUPPORTO_FORMAZIONE_LAVORO": "Supporto Formazione Lavoro (SFL)",
    "PUC": "Progetti Utili alla Collettività (PUC)",
    "TIROCINIO_INCLUSIONE_SOCIALE": "Tirocinio di inclusione sociale (TIS)",
    "MICROCREDITO_SOVRAINDEBITAMENTO": "Microcredito e contrasto al sovraindebitamento",
    "PRONTO_INTERVENTO_SOCIALE": "Pronto Intervento Sociale (PIS)",
    "CENTRO_SERVIZI_BASSA_SOGLIA": "Centro Servizi per la grave emarginazione",
    "RESIDENZA_FITTIZIA": "Residenza fittizia",
    "HOUSING_TEMPORANEO": "Housing temporaneo",
    "DIMISSIONI_PROTETTE_SENZA_DIMORA": "Dimissioni protette di persone senza dimora",
    "PRESA_IN_CARICO_INTEGRATA_MARGINALITA": "Presa in carico integrata della fragilità e della marginalità",
    "PERCORSO_AREA_PENALE": "Percorsi per persone sottoposte a provvedimenti dell'Autorità Giudiziaria",
    "SPORTELLO_ABITARE": "Sportello abitare",
    "SUPPORTO_SOCIOEDUCATIVO_ABITARE": "Supporto socioeducativo all'abitare",
    "EDUCAZIONE_FINANZIARIA": "Educazione finanziaria",
    "MEDIAZIONE_ABITATIVA": "Mediazione abitativa",
    "PIANO_RIENTRO_MOROSITA": "Piano di rientro della morosità",
    "CONTRIBUTO_MANTENIMENTO_ALLOGGIO": "Sostegno al mantenimento dell'alloggio in locazione",
    "SERVIZI_ABITATIVI_PUBBLICI": "Servizi Abitativi Pubblici (SAP)",
    "SERVIZI_ABITATIVI_TRANSITORI": "Servizi Abitativi Transitori (SAT)",
    "SERVIZI_ABITATIVI_SOCIALI": "Servizi Abitativi Sociali (SAS)",
    "SERVIZIO_ASSISTENZA_DOMICILIARE": "Servizio di Assistenza Domiciliare (SAD)",
    "ASSISTENZA_DOMICILIARE_INTEGRATA": "Assistenza Domiciliare Integrata (ADI sanitaria)",
    "DIMISSIONI_PROTETTE": "Dimissioni protette",
    "SERVIZI_SOLLIEVO": "Servizi sociali di sollievo",
    "MISURA_B2": "Misura B2 (buono/voucher sociale)",
    "MISURA_B1_INTERVENTI_INTEGRATIVI": "Misura B1 interventi diretti integrativi",
    "ASSISTENTI_FAMILIARI": "Sportello, registro e bonus assistenti familiari",
    "SOSTEGNO_CAREGIVER_FAMILIARE": "Sostegno al caregiver familiare",
    "INVECCHIAMENTO_ATTIVO": "Invecchiamento attivo",
    "CUSTODIA_SOCIALE_PROSSIMITA": "Custodia sociale e servizi di prossimità",
    "UDO_ANZIANI_INSERIMENTO": "Inserimento in unità d'offerta per anziani (CDI, alloggio protetto, RSA)",
    "PIPPI": "Programma P.I.P.P.I.",
    "EDUCATIVA_DOMICILIARE_MINORI": "Educativa domiciliare e territoriale minori (ADM)",
    "TUTELA_MINORI": "Tutela minori",
    "AFFIDO_FAMILIARE": "Affido familiare",
    "COLLOCAMENTO_COMUNITA_MINORI": "Collocamento in comunità di minori",
    "SPAZIO_NEUTRO": "Spazio Neutro",
    "CARE_LEAVERS": "Care Leavers: percorsi per l'autonomia",
    "SOSTEGNO_GENITORIALITA_MEDIAZIONE_FAMILIARE": "Sostegno alla genitorialità e mediazione familiare",
    "SEPARAZIONI_CONFLITTUALI": "Interventi integrati nelle separazioni conflittuali",
    "PREVENZIONE_DISAGIO_MINORI": "Prevenzione del disagio nelle scuole",
    "PERCORSO_EDUCATIVO_BES": "Percorsi educativi inclusivi per alunni fragili (BES)",
    "PERCORSO_EDUCATIVO_RIPARATIVO_MINORI": "Sospensioni educative e messa alla prova minorile",
    "CONTRASTO_DISPERSIONE_SCOLASTICA": "Contrasto alla dispersione scolastica",
    "PERCORSO_NEET": "Percorsi per giovani NEET",
    "SERVIZIO_CIVILE_LEVA_CIVICA": "Servizio civile e leva civica",
    "INFORMAGIOVANI_ORIENTAMENTO": "Informagiovani e orientamento",
    "SERVIZIO_EDUCATIVO_DIURNO_MINORI": "Servizio educativo diurno per minori",
    "CENTRO_ANTIVIOLENZA_PERCORSO": "Centro antiviolenza: percorso di uscita dalla violenza",
    "SERVIZIO_INSERIMENTO_LAVORATIVO": "Servizio di inserimento lavorativo (SIL/SELF)",
    "PERCORSO_FORMAZIONE_INCLUSIONE": "Percorsi di formazione per l'inclusione",
    "INSERIMENTO_LAVORATIVO_DISABILI": "Inserimento lavorativo delle persone con disabilità (Piano Provinciale Disabili)",
    "DOPO_DI_NOI": "Dopo di Noi (L. 112/2016)",
    "PERCORSI_AUTONOMIA_DISABILITA_PNRR": "Percorsi di autonomia per persone con disabilità (PNRR 1.2)",
    "VITA_INDIPENDENTE": "Progetti di vita indipendente",
    "LABORATORI_SOCIALIZZAZIONE_DISABILITA": "Laboratori di socializzazione per persone con disabilità",
    "ASSISTENZA_EDUCATIVA_SCOLASTICA": "Assistenza Educativa Scolastica (AES)",
    "CENTRO_DIURNO_DISABILI": "Centro Diurno Disabili (CDD)",
    "CENTRO_SOCIO_EDUCATIVO": "Centro Socio Educativo (CSE)",
    "SERVIZIO_FORMAZIONE_AUTONOMIA": "Servizio Formazione all'Autonomia (SFA)",
    "COMUNITA_ALLOGGIO_DISABILI": "Comunità alloggio per persone con disabilità",
    "SERVIZIO_AUTISMO": "Servizi per l'inclusione delle persone con autismo",
    "SALUTE_MENTALE_INCLUSIONE": "Budget di cura e salute mentale di comunità",
    "SPORTELLO_STRANIERI": "Sportello stranieri e rifugiati",
    "MEDIAZIONE_LINGUISTICO_CULTURALE": "Mediazione linguistico-culturale",
    "ACCOGLIENZA_SAI": "Accoglienza SAI",
    "PERCORSO_MSNA": "Percorsi per Minori Stranieri Non Accompagnati (MSNA)",
    "PROTEZIONE_VITTIME_TRATTA": "Interventi per vittime di tratta e sfruttamento",
    "ALFABETIZZAZIONE_ITALIANO": "Alfabetizzazione e lingua italiana",
    "AGRICOLTURA_SOCIALE": "Agricoltura sociale",
}

OUTCOME_NAMES_IT = {
    "CONCLUSO_POSITIVAMENTE": "Concluso positivamente",
    "CONCLUSO_POSITIVAMENTE_SELF": "Presa in carico lavorativa conclusa positivamente",
    "CHIUSA_POSITIVAMENTE": "Presa in carico chiusa positivamente",
    "AUTONOMIA_RAGGIUNTA": "Autonomia raggiunta",
    "AUTONOMIA_USO_SERVIZI": "Autonomia nell'utilizzo dei servizi del territorio",
    "AVVIATO_AL_LAVORO": "Avviato al lavoro",
    "ASSUNTO": "Assunto",
    "INSERIMENTO_LAVORATIVO": "Inserimento lavorativo",
    "FORMAZIONE_CON_ATTESTAZIONE": "Formazione conclusa con attestazione",
    "MSNA_AUTONOMIA_RAGGIUNTA": "MSNA: percorso di autonomia concluso positivamente",
    "VITTIMA_ACCESSO_PROTEZIONE": "Accesso ai servizi o ai programmi di protezione",
    "USCITA_DAL_RISCHIO": "Uscita dal rischio di violenza",
    "OBIETTIVI_RAGGIUNTI": "Obiettivi raggiunti",
    "RITIRATO_PRIMA_AVVIO": "Ritirato prima dell'avvio",
    "EMANCIPAZIONE_ABITATIVA": "Emancipazione abitativa",
    "ISTITUZIONALIZZAZIONE_EVITATA": "Istituzionalizzazione evitata",
    "ESCALATION_AG": "Presa in carico da parte dell'Autorità Giudiziaria",
    "NUOVA_SOLUZIONE_ABITATIVA": "Nuova soluzione abitativa",
    "ESCLUSO_DAL_PROGETTO": "Escluso dal progetto",
    "DIMESSO": "Dimesso",
    "RIORIENTATO": "Riorientato ad altro servizio",
    "DECADUTA": "Decaduta",
    "REVOCATA": "Revocata",
    "TERMINATA": "Terminata",
    "MANCATA_PRESENTAZIONE": "Mancata presentazione ai colloqui",
    "SOSPESO_120GG": "ADI sospeso: primo colloquio oltre 120 giorni",
    "DECADENZA_ADI": "Decadenza dall'ADI",
    "FINE_PERIODO_MASSIMO": "Fine del periodo massimo",
    "USCITA_ETA": "Uscita per limite di età",
    "TRASFERITO": "Trasferito ad altra organizzazione o Comune",
    "NON_RIENTRO_OSPEDALIERO_6M": "Nessun rientro ospedaliero nei 6 mesi successivi",
    "RIAMMESSO_6M": "Rientro ospedaliero entro 6 mesi",
    "ALLOGGIO_MANTENUTO": "Alloggio in locazione mantenuto",
    "STABILITA_ABITATIVA": "Situazione abitativa stabile",
    "SITUAZIONE_TRANSITORIA": "Situazione abitativa transitoria",
    "CONTINUITA_OSPEDALE_TERRITORIO": "Continuità tra ospedale e territorio",
    "VERIFICA_12_MESI": "Verifica a 12 mesi dalla fuoriuscita",
    "VALUTAZIONE_T0_TN": "Valutazioni ripetute T0-Tn",
}

# Where services.md glosses several codes in one row, or glosses with instructions rather than a name.
OUTCOME_NAMES_EN = {
    "CONCLUSO_POSITIVAMENTE": "Closed positively (beneficiary and operators both rate it positive)",
    "DIMESSO": "Discharged from the unit",
    "RIORIENTATO": "Re-referred to a more suitable service",
    "DECADUTA": "Benefit lapsed",
    "REVOCATA": "Benefit revoked",
    "TERMINATA": "Benefit ended",
    "VITTIMA_ACCESSO_PROTEZIONE": "Trafficking victim accessed proximity services or a protection programme",
    "NON_RIENTRO_OSPEDALIERO_6M": "No hospital readmission within 6 months",
    "RIAMMESSO_6M": "Readmitted to hospital within 6 months",
    "ALLOGGIO_MANTENUTO": "Rented home kept",
    "STABILITA_ABITATIVA": "Stable housing",
    "SITUAZIONE_TRANSITORIA": "Transitional housing",
    "CONTINUITA_OSPEDALE_TERRITORIO": "Hospital-to-community continuity",
    "VERIFICA_12_MESI": "One-year post-exit check",
    "VALUTAZIONE_T0_TN": "Repeated outcome assessments (T0-Tn)",
}


def sections(lines):
    current, out = None, {}
    for line in lines:
        heading = re.match(r"^#{2,3} (\d+(?:\.\d+)?)", line)
        if heading:
            current = heading.group(1)
        elif line.startswith("|") and current:
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if cells and not set(cells[0]) <= set("-: ") and cells[0] not in ("Letter", "Code", "#"):
                out.setdefault(current, []).append(cells)
    return out


def clean(text):
    return re.sub(r"\s+", " ", text.replace("**", "").replace("`", "")).strip()


def short_gloss(text):
    return clean(re.split(r" \(|;|: ", clean(text))[0])


def codes(cell):
    return re.findall(r"`([A-Z0-9_]+)`", cell)


def main(path):
    with open(path, encoding="utf-8") as f:
        tables = sections(f.read().splitlines())
    macro_areas = [{"code": r[0], "nameIt": clean(r[1]), "nameEn": clean(r[2])} for r in tables["1"]]
    funding = [{"code": codes(r[0])[0], "nameIt": clean(r[1]), "nameEn": short_gloss(r[2])} for r in tables["2"]]
    funding_codes = {f["code"] for f in funding}
    services = []
    for key in sorted(k for k in tables if k.startswith("3.")):
        for r in tables[key]:
            code = codes(r[1])[0]
            services.append({
                "code": code,
                "nameIt": SERVICE_NAMES_IT.get(code, clean(re.split(r" \(|;", r[2])[0])),
                "nameEn": clean(r[3]),
                "macroAreas": re.findall(r"[A-L]", r[4]),
                "leps": not r[5].startswith("—"),
                "fundingSources": [c for c in dict.fromkeys(re.findall(r"[A-Z][A-Z0-9_]+", r[9])) if c in funding_codes],
            })
    outcomes = []
    for key, kind in (("4.1", "CLOSURE"), ("4.2", "FOLLOW_UP")):
        for r in tables[key]:
            values = codes(r[0])
            head = r[0].split("(values")[0]
            for code in codes(head):
                outcome = {"code": code, "kind": kind, "nameIt": OUTCOME_NAMES_IT[code],
                           "nameEn": OUTCOME_NAMES_EN.get(code) or clean(r[2])}
                values_here = [v for v in values if v not in codes(head)]
                if values_here:
                    outcome["values"] = values_here
                outcomes.append(outcome)
    catalog = {"version": VERSION, "source": "services.md (Cartella domain, PdZ 2025-2027 of Lodi, San Giuliano Milanese, Alto Sebino)",
               "macroAreas": macro_areas, "fundingSources": funding, "services": services, "outcomes": outcomes}
    json.dump(catalog, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main(sys.argv[1])
