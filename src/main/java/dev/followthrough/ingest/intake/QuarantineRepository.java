package dev.followthrough.ingest.intake;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface QuarantineRepository extends JpaRepository<QuarantinedFile, Long> {

    List<QuarantinedFile> findByResolvedFalseOrderByIdDesc();
}
