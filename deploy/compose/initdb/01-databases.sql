-- Runs once, when the postgres container initialises an empty data volume (as the superuser).
-- One role and one database per service; each database is owned by its role. Services never share a database.
-- Passwords come from the container environment (see compose.yaml and .env.example) via psql's \getenv.

\getenv recruitment_password RECRUITMENT_DB_PASSWORD
\getenv assessment_password ASSESSMENT_DB_PASSWORD
\getenv training_password TRAINING_DB_PASSWORD
\getenv reporting_password REPORTING_DB_PASSWORD

CREATE ROLE recruitment LOGIN PASSWORD :'recruitment_password';
CREATE ROLE assessment LOGIN PASSWORD :'assessment_password';
CREATE ROLE training LOGIN PASSWORD :'training_password';
CREATE ROLE reporting LOGIN PASSWORD :'reporting_password';

CREATE DATABASE recruitment OWNER recruitment;
CREATE DATABASE assessment OWNER assessment;
CREATE DATABASE training OWNER training;
CREATE DATABASE reporting OWNER reporting;

-- Nobody but the owner (and superusers) may connect to a service's database.
REVOKE ALL ON DATABASE recruitment FROM PUBLIC;
REVOKE ALL ON DATABASE assessment FROM PUBLIC;
REVOKE ALL ON DATABASE training FROM PUBLIC;
REVOKE ALL ON DATABASE reporting FROM PUBLIC;
