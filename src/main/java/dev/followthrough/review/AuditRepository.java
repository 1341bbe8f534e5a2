package dev.followthrough.review;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AuditRepository extends JpaRepository<AuditEvent, Long> {

    List<AuditEvent> findByCallIdOrderByIdDesc(Long callId);
}
