package dev.followthrough.rep;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface RepRepository extends JpaRepository<RepEntity, Long> {

    Optional<RepEntity> findByEmailIgnoreCase(String email);

    List<RepEntity> findAllByOrderByNameAsc();
}

interface RepSampleEmailRepository extends JpaRepository<RepSampleEmail, Long> {

    List<RepSampleEmail> findByRepIdOrderByNameAsc(Long repId);

    boolean existsByRepIdAndName(Long repId, String name);

    long countByRepId(Long repId);
}
