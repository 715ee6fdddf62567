-- First start of the compose PostgreSQL: one database per subgraph (each owns its data) and the
-- gateway's (partner API keys). Each service creates its own tables by migration.
CREATE DATABASE staffing;
CREATE DATABASE reservations;
CREATE DATABASE fnb;
CREATE DATABASE inventory;
CREATE DATABASE care;
CREATE DATABASE gateway;
