#!/usr/bin/env python3
"""How soon a claim is matchable after its write: writes N claims one after another through the API (a new wording
each, by a speaker and in an article already stored) and, after each write returns, asks POST /claim-matches with
the claim's words until the new claim is among the matches. Prints p50 and max of write-to-matchable.
Usage: matchable.py BASE_URL EDITOR_KEY [N]   (tests/load/matching.sh runs it at a million claims)"""
import json, sys, time, urllib.request

base, key = sys.argv[1].rstrip('/'), sys.argv[2]
count = int(sys.argv[3]) if len(sys.argv) > 3 else 20

def call(method, path, body=None, headers=None):
    data = json.dumps(body).encode() if body is not None else None
    req = urllib.request.Request(base + path, data=data, method=method,
                                 headers={'Content-Type': 'application/json', **(headers or {})})
    with urllib.request.urlopen(req, timeout=30) as answer:
        return json.loads(answer.read() or b'null')

sample = call('GET', '/api/v1/claims?pageSize=1')['items'][0]
speaker = sample['speaker']['actorId']
places = ['Rotterdam', 'Gdansk', 'Valencia', 'Piraeus', 'Antwerp', 'Genoa', 'Hamburg', 'Marseille', 'Trieste', 'Bilbao']
things = ['dredging contract', 'crane tender', 'pilotage fees', 'berth allocation', 'customs audit']
waits = []
for i in range(count):
    text = f"The port of {places[i % 10]} will reopen its {things[i % 5]} review number {i + 1} after the {1990 + i} accord"
    claim = call('POST', '/api/v1/claims', {'articleId': sample['articleId'], 'content': text, 'kind': 'indirect',
                                             'speaker': {'actorId': speaker}}, {'X-Api-Key': key})
    written = time.monotonic()
    while True:
        found = call('POST', '/api/v1/claim-matches', {'text': text, 'minScore': 0.95, 'limit': 5})
        if any(m['claimId'] == claim['id'] for m in found['items']):
            waits.append(time.monotonic() - written)
            break
        if time.monotonic() - written > 60:
            print(f"claim {claim['id']} not matchable after 60 s")
            sys.exit(1)
        time.sleep(0.05)

waits.sort()
print(f"matchable after its write ({count} claims, polled every 50 ms): p50 {waits[len(waits) // 2]:.2f} s, max {waits[-1]:.2f} s")
