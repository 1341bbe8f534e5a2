package dev.followthrough.support;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A scratch database on the PostgreSQL server the shared-install tests use: 127.0.0.1:5432 as user postgres with
 * trust auth (this machine's), or FOLLOWTHROUGH_TEST_POSTGRES (a JDBC URL ending in '/') and
 * FOLLOWTHROUGH_TEST_POSTGRES_USER. Where no server answers, the calling test is skipped with a printed reason.
 */
public final class Postgres {

    public static final String SERVER = System.getenv().getOrDefault("FOLLOWTHROUGH_TEST_POSTGRES",
            "jdbc:postgresql://127.0.0.1:5432/");
    public static final String USER = System.getenv().getOrDefault("FOLLOWTHROUGH_TEST_POSTGRES_USER", "postgres");

    private Postgres() {
    }

    /** Creates an empty database of that name (dropping a leftover one), or skips the test. */
    public static String freshDatabase(String name, String testName) throws SQLException {
        try (Connection c = DriverManager.getConnection(SERVER + "postgres", USER, "")) {
            assumeTrue(c.isValid(2), "PostgreSQL at " + SERVER + " did not answer");
        } catch (SQLException absent) {
            System.out.println("SKIPPED " + testName + ": PostgreSQL not reachable at " + SERVER + " ("
                    + absent.getMessage() + "); start it or set FOLLOWTHROUGH_TEST_POSTGRES");
            assumeTrue(false, "PostgreSQL not reachable at " + SERVER);
        }
        drop(name);
        admin("create database " + name);
        return SERVER + name;
    }

    public static void drop(String name) throws SQLException {
        admin("drop database if exists " + name + " with (force)");
    }

    private static void admin(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(SERVER + "postgres", USER, "");
             Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
