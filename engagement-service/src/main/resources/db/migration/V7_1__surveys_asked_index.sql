-- Survey fatigue asks, for a batch's requesters, how many surveys each was asked within the
-- interval. surveys_requester holds every survey, and most are SKIPPED (fatigue itself skips all but
-- one resolution a week per requester), so that count read ~6 index entries and heap pages per asked
-- survey: 2.8 ms a batch, the most expensive read of the ingest. This index holds just the asked
-- ones, with what the count reads.
create index surveys_asked on surveys (requester, requested_at)
  where status in ('PENDING', 'ANSWERED', 'EXPIRED');
