-- Adds synthetic claims to a migrated SQLite database for load runs: :speakers people,
-- an outlet, 1,000 articles and :claims claims, each with a two-link chain (outlet -> speaker)
-- and one subject. Parameters arrive as the temp table params(claims, speakers).
PRAGMA journal_mode=WAL;
PRAGMA synchronous=OFF;
BEGIN;

CREATE TEMP TABLE ids(n INTEGER PRIMARY KEY, id TEXT);
CREATE TEMP VIEW newguid AS SELECT upper(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-7' || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(2)) || '-' || hex(randomblob(6))) AS g;

INSERT INTO Actors (Id, Name, Kind, CreatedAt, UpdatedAt, Version)
VALUES ('01900000-0000-7000-8000-000000000001', 'Load Outlet', 'Outlet', '2025-01-01 00:00:00', '2025-01-01 00:00:00', '00000000-0000-0000-0000-000000000001');
INSERT INTO ActorNames (Id, ActorId, Value, Normalized, IsPrimary)
VALUES ('01900000-0000-7000-8000-000000000002', '01900000-0000-7000-8000-000000000001', 'Load Outlet', 'load outlet', 1);

-- Speakers get ids 01900000-0000-7000-9000-<n>, so the load script knows speaker 1's id.
WITH RECURSIVE s(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM s WHERE n < (SELECT speakers FROM params))
INSERT INTO Actors (Id, Name, Kind, CreatedAt, UpdatedAt, Version)
SELECT printf('01900000-0000-7000-9000-%012d', n), 'Load Speaker ' || n, 'Person', '2025-01-01 00:00:00', '2025-01-01 00:00:00', (SELECT g FROM newguid) FROM s;
INSERT INTO ActorNames (Id, ActorId, Value, Normalized, IsPrimary)
SELECT printf('01900000-0000-7000-a000-%012d', substr(Id, 25) + 0), Id, Name, lower(Name), 1 FROM Actors WHERE Name LIKE 'Load Speaker %';

WITH RECURSIVE a(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM a WHERE n < 1000)
INSERT INTO Articles (Id, Headline, PublisherId, CanonicalUrl, PublishedAt, Language, Body, SortKey, CreatedAt, UpdatedAt, Version)
SELECT printf('01900000-0000-7000-b000-%012d', n), 'Load article ' || n, '01900000-0000-7000-8000-000000000001',
       'https://load.example/' || n, '2025-01-01 00:00:00', 'en',
       'The minister said on Monday that the bridge will reopen in May, officials warned that delays are likely.',
       638712864000000000 + n * 864000000000, '2025-01-01 00:00:00', '2025-01-01 00:00:00', (SELECT g FROM newguid) FROM a;

WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM c WHERE n < (SELECT claims FROM params))
INSERT INTO ids (n, id) SELECT n, printf('01900000-0000-7000-c%03x-%012d', n % 4096, n) FROM c;

INSERT INTO Claims (Id, ArticleId, Content, Kind, Cue, Origin, SpeakerId, ContentStart, ContentEnd, CueStart, CueEnd,
                    Topics, SortKey, CreatedAt, UpdatedAt, Version)
SELECT id, printf('01900000-0000-7000-b000-%012d', 1 + n % 1000), 'the bridge will reopen in May (' || n || ')', 'Indirect', 'said', 'Person',
       printf('01900000-0000-7000-9000-%012d', 1 + n % (SELECT speakers FROM params)), 30, 60, 13, 17,
       '["transport"]', 638712864000000000 + n * 10000000, '2025-01-01 00:00:00', '2025-01-01 00:00:00', upper(hex(randomblob(16)))
FROM ids;

INSERT INTO ChainLinks (Id, ClaimId, Position, ActorId, SpanStart, SpanEnd)
SELECT printf('01900000-0000-7000-d%03x-%012d', n % 4096, n), id, 0, '01900000-0000-7000-8000-000000000001', 0, 3 FROM ids;
INSERT INTO ChainLinks (Id, ClaimId, Position, ActorId, Cue, SpanStart, SpanEnd, CueStart, CueEnd)
SELECT printf('01900000-0000-7000-e%03x-%012d', n % 4096, n), id, 1, printf('01900000-0000-7000-9000-%012d', 1 + n % (SELECT speakers FROM params)), 'said', 4, 12, 13, 17 FROM ids;
INSERT INTO ClaimSubjects (ClaimId, ActorId)
SELECT id, printf('01900000-0000-7000-9000-%012d', 1 + (n + 1) % (SELECT speakers FROM params)) FROM ids;

COMMIT;
ANALYZE;
