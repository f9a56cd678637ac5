create table one (id int primary key);
