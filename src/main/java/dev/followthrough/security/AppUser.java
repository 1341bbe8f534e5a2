package dev.followthrough.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "app_user")
class AppUser {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(nullable = false)
    String username;

    @Column(name = "password_hash", nullable = false)
    String passwordHash;

    @Column(nullable = false)
    String role;

    @Column(name = "rep_id")
    Long repId;

    boolean enabled;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    protected AppUser() {
    }

    AppUser(String username, String passwordHash, String role, Long repId) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.role = role;
        this.repId = repId;
        this.enabled = true;
        this.createdAt = Instant.now();
    }
}
