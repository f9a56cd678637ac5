-- "How many such jobs are open in my region" (compare occupations, issue 18): published vacancies per occupation
-- and region, without scanning a whole region's vacancies.
create index vacancy_open_by_occupation on vacancy (occupation_uri, region) where status = 'PUBLISHED';
