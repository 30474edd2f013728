namespace Pathlight.Storage.DuckDb;

/// <summary>
/// The store's schema, as an ordered list of migrations. A migration once released is never edited: changes
/// are new migrations appended to the list, so every store can be upgraded from whatever version it has.
/// </summary>
internal static class Migrations
{
    internal sealed record Migration(int Version, string Name, string Sql);

    internal static IReadOnlyList<Migration> All { get; } =
    [
        new(1, "journeys and facts", """
            CREATE TABLE journeys (
                id VARCHAR PRIMARY KEY,
                name VARCHAR NOT NULL,
                definition VARCHAR NOT NULL,
                loaded_at TIMESTAMP NOT NULL
            );
            CREATE TABLE stages (
                journey_id VARCHAR NOT NULL,
                id VARCHAR NOT NULL,
                name VARCHAR NOT NULL,
                position INTEGER NOT NULL,
                PRIMARY KEY (journey_id, id)
            );
            CREATE TABLE touchpoints (
                journey_id VARCHAR NOT NULL,
                id VARCHAR NOT NULL,
                name VARCHAR NOT NULL,
                stage_id VARCHAR NOT NULL,
                position INTEGER NOT NULL,
                channel VARCHAR NOT NULL,
                owner VARCHAR,
                intentional BOOLEAN NOT NULL,
                purpose VARCHAR,
                expected_score DOUBLE,
                kpi_name VARCHAR,
                kpi_kind VARCHAR,
                kpi_measure VARCHAR,
                kpi_target DOUBLE,
                kpi_higher_is_better BOOLEAN,
                PRIMARY KEY (journey_id, id)
            );
            CREATE TABLE interactions (
                id VARCHAR PRIMARY KEY,
                journey_id VARCHAR NOT NULL,
                touchpoint_id VARCHAR NOT NULL,
                channel VARCHAR,
                ts TIMESTAMP NOT NULL,
                customer_id VARCHAR,
                success BOOLEAN,
                duration_seconds DOUBLE,
                value DOUBLE,
                attributes JSON
            );
            CREATE TABLE responses (
                id VARCHAR PRIMARY KEY,
                journey_id VARCHAR NOT NULL,
                touchpoint_id VARCHAR,
                ts TIMESTAMP NOT NULL,
                customer_id VARCHAR,
                nps TINYINT,
                csat TINYINT,
                ces TINYINT,
                expectation TINYINT,
                reality TINYINT,
                expectations_met BOOLEAN,
                would_return BOOLEAN,
                would_recommend BOOLEAN,
                comment VARCHAR,
                attributes JSON
            );
            CREATE TABLE cases (
                id VARCHAR PRIMARY KEY,
                journey_id VARCHAR NOT NULL,
                touchpoint_id VARCHAR,
                customer_id VARCHAR,
                channel VARCHAR,
                category VARCHAR,
                opened_at TIMESTAMP NOT NULL,
                resolved_at TIMESTAMP,
                contacts INTEGER NOT NULL,
                first_contact_resolution BOOLEAN,
                reopened BOOLEAN,
                attributes JSON
            );
            CREATE TABLE outcomes (
                id VARCHAR PRIMARY KEY,
                journey_id VARCHAR NOT NULL,
                customer_id VARCHAR NOT NULL,
                kind VARCHAR NOT NULL,
                ts TIMESTAMP NOT NULL,
                value DOUBLE,
                attributes JSON
            );
            """),
        new(2, "api keys and settings", """
            CREATE TABLE api_keys (
                id VARCHAR PRIMARY KEY,
                name VARCHAR,
                role VARCHAR NOT NULL,
                secret_hash VARCHAR NOT NULL,
                created_at TIMESTAMP NOT NULL,
                revoked_at TIMESTAMP
            );
            CREATE TABLE settings (
                name VARCHAR PRIMARY KEY,
                value VARCHAR NOT NULL
            );
            """),
        new(3, "webhooks", """
            CREATE TABLE webhooks (
                id VARCHAR PRIMARY KEY,
                url VARCHAR NOT NULL,
                secret VARCHAR NOT NULL,
                events VARCHAR NOT NULL,
                created_at TIMESTAMP NOT NULL,
                disabled_at TIMESTAMP
            );
            CREATE TABLE webhook_deliveries (
                id VARCHAR PRIMARY KEY,
                webhook_id VARCHAR NOT NULL,
                journey_id VARCHAR NOT NULL,
                event VARCHAR NOT NULL,
                event_key VARCHAR NOT NULL,
                payload JSON,
                status VARCHAR NOT NULL,
                attempts INTEGER NOT NULL,
                next_attempt_at TIMESTAMP,
                last_status_code INTEGER,
                last_error VARCHAR,
                created_at TIMESTAMP NOT NULL,
                delivered_at TIMESTAMP,
                UNIQUE (webhook_id, event_key)
            );
            CREATE TABLE webhook_attempts (
                delivery_id VARCHAR NOT NULL,
                attempt INTEGER NOT NULL,
                attempted_at TIMESTAMP NOT NULL,
                status_code INTEGER,
                error VARCHAR,
                duration_ms BIGINT NOT NULL,
                PRIMARY KEY (delivery_id, attempt)
            );
            CREATE TABLE webhook_at_risk (
                webhook_id VARCHAR NOT NULL,
                journey_id VARCHAR NOT NULL,
                customer_id VARCHAR NOT NULL,
                event_key VARCHAR NOT NULL,
                since TIMESTAMP NOT NULL,
                PRIMARY KEY (webhook_id, journey_id, customer_id)
            );
            """),
    ];

    internal static int Latest => All[^1].Version;
}
