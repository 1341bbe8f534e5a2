-- What LLM calls cost per UTC day, so that a restart does not forget today's spend against the daily budget.
create table llm_spend (
    spend_day date not null primary key,
    usd numeric(14, 6) not null
);
