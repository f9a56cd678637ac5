#!/usr/bin/env python3
"""Where the ingest pipeline's JVM CPU goes (issue 16; docs/benchmarks.md, "Batched writes and a profile").

Reads a JFR recording of IngestReliabilityIT's JVM converted to JSON
    jfr print --json --stack-depth 64 --events jdk.ExecutionSample REC.jfr > samples.json
    python3 bench/ingest-profile.py samples.json
and prints, for the window in which the feed threads were sampled, the share of execution samples whose stack
holds each stage's method (inclusive), plus broker, Lucene background and the test's own HTTP polling by thread.
"""
import json, sys, collections
ev = json.load(open(sys.argv[1]))['recording']['events']
KEYS = [('event decode (EnvelopeCodec.decode, all consumers)', 'nl.vaardig.ingest.event.EnvelopeCodec.decode'),
        ('event encode (EnvelopeCodec.encode)', 'nl.vaardig.ingest.event.EnvelopeCodec.encode'),
        ('feed file parse (FeedReader)', 'nl.vaardig.ingest.feed.FeedReader.read'),
        ('skill extraction (SkillExtractor.extract)', 'nl.vaardig.taxonomy.extract.SkillExtractor.extract'),
        ('vacancy upsert (VacancyRepository.upsertFeed)', 'nl.vaardig.web.vacancy.VacancyRepository.upsertFeed'),
        ('outbox insert (Outbox.appendAll)', 'nl.vaardig.ingest.outbox.Outbox.appendAll'),
        ('processed-event claims (IdempotentConsumer.claim)', 'nl.vaardig.ingest.consumer.IdempotentConsumer.claim'),
        ('demand aggregation (LmiDemandHandler.handle)', 'nl.vaardig.web.lmi.aggregate.LmiDemandHandler.handle'),
        ('  of which cell upserts (AggregateStore.applyDemand)', 'nl.vaardig.web.lmi.aggregate.AggregateStore.applyDemand'),
        ('region counts (VacancyRegionCountHandler.handle)', 'nl.vaardig.web.vacancy.VacancyRegionCountHandler.handle'),
        ('matching index writes (VacancyIndexHandler.handle)', 'nl.vaardig.web.vacancy.VacancyIndexHandler.handle'),
        ('outbox relay round (OutboxRelay.relayOnce)', 'nl.vaardig.ingest.outbox.OutboxRelay.relayOnce'),
        ('Kafka poll (KafkaConsumer.poll)', 'org.apache.kafka.clients.consumer.KafkaConsumer.poll'),
        ('Kafka offset commit (commitSync)', 'org.apache.kafka.clients.consumer.KafkaConsumer.commitSync'),
        ('transaction commits (JdbcTransactionManager.doCommit)', 'org.springframework.jdbc.support.JdbcTransactionManager.doCommit'),
        ('transaction commits (DataSourceTransactionManager.doCommit)', 'org.springframework.jdbc.datasource.DataSourceTransactionManager.doCommit')]
def stage(n):
    if n.startswith(('Lucene Merge', 'matching-refresh')): return 'Lucene merges + refresh'
    if 'kafka' in n.lower() or 'data-plane' in n or n.startswith(('executor-', 'ExpirationReaper', 'group-coordinator', 'raft', 'controller', 'broker')): return 'Kafka broker + client I/O'
    if n.startswith('tomcat-handler') or n.startswith('HttpClient') or n.startswith('awaitility'): return 'test polling (HTTP)'
    return None
lo = hi = None
rows = []
for e in ev:
    v = e['values']; t = v.get('sampledThread') or {}
    name = t.get('javaName') or t.get('osName') or ''
    frames = [f['method']['type']['name'].replace('/', '.') + '.' + f['method']['name'] for f in ((v.get('stackTrace') or {}).get('frames') or [])]
    rows.append((v['startTime'], name, frames))
    if name.startswith('vaardig-feed-') or 'feed-ingest' in name:
        lo = v['startTime'] if lo is None or v['startTime'] < lo else lo
        hi = v['startTime'] if hi is None or v['startTime'] > hi else hi
n = 0; c = collections.Counter()
for t, name, frames in rows:
    if not (lo <= t <= hi): continue
    n += 1
    for label, m in KEYS:
        if m in frames: c[label] += 1
    s = stage(name)
    if s: c[s] += 1
print(f'window {lo} .. {hi}: {n} samples')
for label, _ in KEYS + [('Lucene merges + refresh', 0), ('Kafka broker + client I/O', 0), ('test polling (HTTP)', 0)]:
    if c[label]: print(f'{100*c[label]/n:5.1f}%  {label}')
