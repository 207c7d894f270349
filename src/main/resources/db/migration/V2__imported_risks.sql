-- Risks added or updated by importing a Risk Atlas knowledge-graph file; they overlay the built-in catalog.
CREATE TABLE imported_risk (
    id          VARCHAR(200) PRIMARY KEY,
    name        VARCHAR(500) NOT NULL,
    category    VARCHAR(20) NOT NULL,
    risk_group  VARCHAR(200) NOT NULL,
    origin      VARCHAR(40) NOT NULL,
    description CHARACTER VARYING NOT NULL DEFAULT '',
    imported_at TIMESTAMP WITH TIME ZONE NOT NULL
);
