#!/usr/bin/env python3
"""OpenSearch's own _bulk of a JSON Lines corpus: the floor Vigie's import on OpenSearch is
measured against (docs/BENCHMARKS.md). Creates INDEX with the settings (analysis) and mappings of
the index Vigie made (--like), sends every document of the corpus's *.jsonl files with the fields
that mapping knows, in _bulk requests of about --bulk-bytes, over one kept-alive connection, one
request at a time, as Vigie does; prints the documents per second and the index's size.

    bulk-floor.py --url http://127.0.0.1:9291 --like bench-corpus --index floor-corpus CORPUS_DIR
"""
import argparse, hashlib, http.client, json, pathlib, sys, time, urllib.parse


def call(conn, method, path, body=None, content="application/json"):
    data = body.encode("utf-8") if isinstance(body, str) else body
    conn.request(method, path, body=data, headers={"Content-Type": content})
    response = conn.getresponse()
    data = response.read()
    if response.status >= 300:
        sys.exit(f"bulk-floor: {method} {path}: HTTP {response.status}: {data[:300]!r}")
    return json.loads(data) if data else None


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--url", required=True)
    p.add_argument("--like", required=True, help="the index Vigie created, whose settings and mappings are copied")
    p.add_argument("--index", default="floor-corpus")
    p.add_argument("--bulk-bytes", type=int, default=5_000_000)
    p.add_argument("corpus")
    a = p.parse_args()
    url = urllib.parse.urlparse(a.url)
    conn = http.client.HTTPConnection(url.hostname, url.port or 9200, timeout=300)
    like = next(iter(call(conn, "GET", f"/{a.like}").values()))
    index = like["settings"]["index"]
    settings = {"index": {k: index[k] for k in ("analysis", "number_of_shards", "number_of_replicas", "refresh_interval")
                          if k in index}}
    fields = set(like["mappings"].get("properties", {}))
    conn.request("DELETE", f"/{a.index}")
    conn.getresponse().read()
    call(conn, "PUT", f"/{a.index}", json.dumps({"settings": settings, "mappings": like["mappings"]}))
    files = sorted(pathlib.Path(a.corpus).glob("*.jsonl"))
    sent, batch, size, start = 0, [], 0, time.monotonic()

    def flush():
        nonlocal batch, size, sent
        if batch:
            answer = call(conn, "POST", f"/{a.index}/_bulk", "".join(batch), "application/x-ndjson")
            if answer["errors"]:
                sys.exit("bulk-floor: refused: " + json.dumps(next(i for i in answer["items"] if "error" in i["index"]))[:300])
            sent += len(batch) // 2
            batch, size = [], 0

    for file in files:
        for line in file.open(encoding="utf-8"):
            doc = json.loads(line)
            ident = hashlib.sha256(doc["text"].encode("utf-8")).hexdigest()
            kept = {k: v for k, v in doc.items() if k in fields}
            action = json.dumps({"index": {"_id": ident}}) + "\n"
            source = json.dumps(kept, ensure_ascii=False) + "\n"
            batch += [action, source]
            size += len(action) + len(source.encode("utf-8"))
            if size >= a.bulk_bytes:
                flush()
    flush()
    call(conn, "POST", f"/{a.index}/_refresh")
    seconds = time.monotonic() - start
    stats = call(conn, "GET", f"/{a.index}/_stats/store,docs")["_all"]["primaries"]
    print(f"floor: {sent} documents in {seconds:.1f} s = {sent / seconds:.0f} docs/s; "
          f"{stats['docs']['count']} in {a.index}, {stats['store']['size_in_bytes'] / 1e6:.0f} MB; "
          f"fields sent: {', '.join(sorted(fields & set(kept))) if sent else '-'}")


if __name__ == "__main__":
    main()
