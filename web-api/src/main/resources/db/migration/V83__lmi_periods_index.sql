-- The periods the labour-market data covers (CellReader.periods: LMI meta, the public demand's default quarter, the
-- demand outlook) are read from the 'ALL' cells only. The primary key starts with the region and keeps every dimension
-- of a period together, so that read walked all 1.6 million cells of the synthetic history (~0.4 s for the weeks at
-- load, three times per meta call): the tail of the regio dashboard and the first bend of the capacity curve (issue 16).
-- A partial index over the 'ALL' cells alone (about 10,000 rows) answers it from a few pages.
create index if not exists lmi_demand_all_periods on lmi_demand_cell (period_kind, period_start, region) where dimension = 'ALL';
