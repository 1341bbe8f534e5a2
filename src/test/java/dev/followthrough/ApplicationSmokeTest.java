package dev.followthrough;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:smoke;DB_CLOSE_DELAY=-1")
class ApplicationSmokeTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void flywayCreatesTheBatchJobRepository() {
        Integer tables = jdbc.queryForObject(
                "select count(*) from information_schema.tables where table_name like 'BATCH_%'", Integer.class);
        assertThat(tables).isGreaterThanOrEqualTo(6);
    }
}
