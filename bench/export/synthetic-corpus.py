#!/usr/bin/env python3
"""N synthetic French dispatches as JSON Lines for corpus:import (bench/export scripts).
Usage: synthetic-corpus.py N OUT.jsonl [MIN MAX]   (MIN-MAX sentences an article, default 5-9: ~1 KB of
text; 21-31: ~3.1 KB, 313 MB for 100 000, the issue-16 corpus. Seeded: same file every run)"""
import json, random, sys
random.seed(13)
low, high = (int(sys.argv[3]), int(sys.argv[4])) if len(sys.argv) > 4 else (5, 9)
orgs = ["Interpol", "Europol", "l'ONUDC", "l'ASEAN", "le Conseil de l'Europe", "Eurojust", "l'ANSSI", "le FBI"]
people = ["Valdecy Urquiza", "Jürgen Stock", "António Guterres", "Lương Cường", "Catherine De Bolle", "Ghada Waly"]
cities = ["Hanoï", "Lyon", "La Haye", "Vienne", "Bangkok", "Paris", "Manille", "Singapour"]
verbs = ["annonce", "dénonce", "coordonne", "soutient", "publie", "lance", "examine", "salue"]
objs = ["une opération contre un réseau de rançongiciel", "un rapport sur la fraude en ligne",
        "la coopération judiciaire", "un accord d'entraide", "des sanctions contre des administrateurs de forums",
        "une enquête sur le blanchiment"]
with open(sys.argv[2], "w") as f:
    for i in range(int(sys.argv[1])):
        sents = [f"{random.choice(people)}, à {random.choice(cities)}, {random.choice(verbs)} avec {random.choice(orgs)} "
                 f"{random.choice(objs)} (dossier {i}-{s}, {random.randint(1, 10**6)})." for s in range(random.randint(low, high))]
        f.write(json.dumps({"title": f"Dépêche {i} : {random.choice(orgs)} à {random.choice(cities)}",
                            "source": random.choice(["VNA", "AFP", "Reuters", "Le Monde"]),
                            "url": f"https://bench.invalid/{i}",
                            "published": f"2025-{random.randint(1, 12):02d}-{random.randint(1, 28):02d}",
                            "lang": "fr", "text": " ".join(sents)}, ensure_ascii=False) + "\n")
