package dev.followthrough.rep;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

@Entity
@Table(name = "rep")
class RepEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(nullable = false)
    String name;

    @Column(nullable = false)
    String email;

    /** Comma-separated: names never contain commas in any roster we read. */
    String aliases;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    protected RepEntity() {
    }

    RepEntity(String name, String email, List<String> aliases) {
        this.name = name;
        this.email = email;
        setAliases(aliases);
        this.createdAt = Instant.now();
    }

    void setAliases(List<String> list) {
        this.aliases = list == null ? "" : String.join(",", list.stream().map(String::strip).filter(a -> !a.isEmpty()).toList());
    }

    RepInfo toInfo() {
        List<String> list = aliases == null || aliases.isBlank() ? List.of()
                : Arrays.stream(aliases.split(",")).map(String::strip).filter(a -> !a.isEmpty()).toList();
        return new RepInfo(id, name, email, list);
    }
}
