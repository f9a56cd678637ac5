create table three (id int primary key);
