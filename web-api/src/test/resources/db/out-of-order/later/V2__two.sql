create table two (id int primary key);
