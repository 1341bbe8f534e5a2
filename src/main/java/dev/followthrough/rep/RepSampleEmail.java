package dev.followthrough.rep;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "rep_sample_email")
class RepSampleEmail {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "rep_id", nullable = false)
    Long repId;

    @Column(nullable = false)
    String name;

    @Column(nullable = false, columnDefinition = "text")
    String content;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    protected RepSampleEmail() {
    }

    RepSampleEmail(Long repId, String name, String content) {
        this.repId = repId;
        this.name = name;
        this.content = content;
        this.createdAt = Instant.now();
    }
}
