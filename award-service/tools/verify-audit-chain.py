#!/usr/bin/env python3
"""Re-verifies an award-service audit chain outside the system (for inspectors).

Reads the records of ONE chain as the API returns them (GET /api/v1/audit?tenant=<chain>&size=100&page=..., the
"items" of every page concatenated in order, or a JSON file holding such a list or pages) and recomputes every
hash: SHA-256 over the canonical form described in award-service/AUDIT-HISTORY-NOTES.md. Prints the verdict;
exit code 0 when the chain holds. Optionally compares the end with a head hash kept elsewhere (--head-hash).

    python3 verify-audit-chain.py records.json [--head-hash <hex>]
    python3 verify-audit-chain.py --url http://localhost:8080 --token "$TOKEN" --tenant 12
"""
import argparse, hashlib, json, sys, urllib.request
from datetime import datetime, timezone

FIELDS = ["chain", "sequence", "eventId", "subjectType", "subjectId", "tenant", "unitPath", "action", "fromStatus",
          "toStatus", "reason", "details", "actorSubject", "actorUsername", "actorRoles", "actorUnitCode",
          "actorUnitLevel", "at", "requestId", "previousHash"]
GENESIS = "0" * 64


def canonical(record):
    obj = {name: record.get(name) for name in FIELDS}  # the API leaves out null fields: they are null here
    obj["sequence"] = str(record["sequence"])
    at = datetime.fromisoformat(record["at"].replace("Z", "+00:00")).astimezone(timezone.utc)
    obj["at"] = at.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (at.microsecond // 1000)
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def verify(records, head_hash=None):
    previous, expected = GENESIS, 1
    for r in records:
        if r["sequence"] != expected:
            return False, "sequence %d missing: record deleted" % expected
        if r["previousHash"] != previous:
            return False, "previous hash mismatch at %d: record replaced or reordered" % expected
        digest = hashlib.sha256(canonical(r).encode("utf-8")).hexdigest()
        if digest != r["hash"]:
            return False, "hash mismatch at %d: record altered" % expected
        previous, expected = r["hash"], expected + 1
    if head_hash and head_hash != previous:
        return False, "last hash %s differs from the head hash kept outside: tail deleted or rewritten" % previous
    return True, "%d records, last hash %s" % (expected - 1, previous)


def fetch(url, token, tenant):
    records, page = [], 0
    while True:
        request = urllib.request.Request("%s/api/v1/audit?tenant=%s&size=100&page=%d" % (url, tenant, page),
                                         headers={"Authorization": "Bearer " + token})
        body = json.load(urllib.request.urlopen(request))
        records += body["items"]
        if len(records) >= body["totalItems"] or not body["items"]:
            return records
        page += 1


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("file", nargs="?")
    parser.add_argument("--url")
    parser.add_argument("--token")
    parser.add_argument("--tenant")
    parser.add_argument("--head-hash")
    args = parser.parse_args()
    if args.url:
        records = fetch(args.url, args.token, args.tenant)
    else:
        data = json.load(open(args.file, encoding="utf-8"))
        if isinstance(data, dict):
            data = [data]
        records = [r for item in data for r in (item["items"] if isinstance(item, dict) and "items" in item
                                                else [item])]
    valid, message = verify(records, args.head_hash)
    print(("VALID: " if valid else "BROKEN: ") + message)
    sys.exit(0 if valid else 1)


if __name__ == "__main__":
    main()
