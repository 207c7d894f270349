-- Offline check-out (issue 19, ADR 0041). On a team server, a row says who took the assessment offline and when;
-- colleagues still may change it. In this computer's library, a row says which team workspace the offline copy came
-- from; the copy's base (the server's version at check-out) is a package file in the data folder. Portable SQL: the
-- same script runs on H2 and PostgreSQL.
CREATE TABLE checkout (
    assessment_id UUID PRIMARY KEY,
    workspace CHARACTER VARYING(1000) DEFAULT '' NOT NULL,
    checked_out_by CHARACTER VARYING(400) NOT NULL,
    checked_out_at TIMESTAMP WITH TIME ZONE NOT NULL
);
