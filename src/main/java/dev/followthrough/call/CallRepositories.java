package dev.followthrough.call;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CallRecordRepository extends JpaRepository<CallRecord, Long> {

    Optional<CallRecord> findByContentHash(String contentHash);

    @Query("select c.id from CallRecord c where c.status = :status order by c.id")
    List<Long> idsWithStatus(@Param("status") CallStatus status);

    Page<CallRecord> findByRepId(Long repId, Pageable pageable);

    /**
     * The review queue: flagged first, then the ones ready to sync, then the rest, newest first within each;
     * filtered by rep (null: all), a free-text match on customer, title or file name, and a meeting date range.
     */
    @Query(value = "select c from CallRecord c where (:repId is null or c.repId = :repId)"
            + " and (:q is null or lower(c.customer) like :q or lower(c.title) like :q or lower(c.originalName) like :q)"
            + " and (:from is null or c.meetingDate >= :from) and (:to is null or c.meetingDate <= :to)"
            + " order by case c.status when dev.followthrough.call.CallStatus.FLAGGED then 0"
            + " when dev.followthrough.call.CallStatus.CLEAN then 1 when dev.followthrough.call.CallStatus.APPROVED then 2"
            + " when dev.followthrough.call.CallStatus.FAILED then 3 else 4 end, c.meetingDate desc, c.id desc",
            countQuery = "select count(c) from CallRecord c where (:repId is null or c.repId = :repId)"
            + " and (:q is null or lower(c.customer) like :q or lower(c.title) like :q or lower(c.originalName) like :q)"
            + " and (:from is null or c.meetingDate >= :from) and (:to is null or c.meetingDate <= :to)")
    Page<CallRecord> queue(@Param("repId") Long repId, @Param("q") String q, @Param("from") java.time.LocalDate from,
                           @Param("to") java.time.LocalDate to, Pageable pageable);

    /** The atomic claim: only one worker wins a NEW call. */
    @Modifying
    @Query("update CallRecord c set c.status = :to, c.updatedAt = :now, c.version = c.version + 1"
            + " where c.id = :id and c.status = :from")
    int transition(@Param("id") Long id, @Param("from") CallStatus from, @Param("to") CallStatus to,
                   @Param("now") Instant now);

    @Modifying
    @Query("update CallRecord c set c.status = dev.followthrough.call.CallStatus.NEW, c.updatedAt = :now,"
            + " c.version = c.version + 1 where c.status = dev.followthrough.call.CallStatus.ANALYSING"
            + " and c.updatedAt < :staleBefore")
    int releaseStaleClaims(@Param("staleBefore") Instant staleBefore, @Param("now") Instant now);

    long countByStatus(CallStatus status);

    @Query("select c.status, count(c) from CallRecord c where (:repId is null or c.repId = :repId) group by c.status")
    List<Object[]> countsByStatus(@Param("repId") Long repId);

    @Query("select cast(c.analysedAt as date), count(c), sum(case when c.verdict = 'FLAGGED' then 1 else 0 end),"
            + " sum(c.tokensIn + c.tokensOut), sum(c.costUsd) from CallRecord c where c.analysedAt >= :since"
            + " group by cast(c.analysedAt as date) order by cast(c.analysedAt as date)")
    List<Object[]> usageByDay(@Param("since") Instant since);

    @Query("select c.analysedRun, count(c), sum(case when c.verdict = 'FLAGGED' then 1 else 0 end),"
            + " sum(c.tokensIn + c.tokensOut), sum(c.costUsd) from CallRecord c where c.analysedRun is not null"
            + " group by c.analysedRun order by c.analysedRun desc")
    List<Object[]> usageByRun(Pageable page);
}

interface UtteranceRepository extends JpaRepository<UtteranceEntity, Long> {

    @Query("select u from UtteranceEntity u where u.callId = :callId order by u.seq")
    List<UtteranceEntity> forCall(@Param("callId") Long callId);
}

interface ActionItemRepository extends JpaRepository<ActionItemEntity, Long> {

    @Query("select a from ActionItemEntity a where a.callId = :callId order by a.position")
    List<ActionItemEntity> forCall(@Param("callId") Long callId);
}

interface FindingRepository extends JpaRepository<FindingEntity, Long> {

    @Query("select f from FindingEntity f where f.callId = :callId order by f.position")
    List<FindingEntity> forCall(@Param("callId") Long callId);
}

interface DraftRepository extends JpaRepository<DraftEntity, Long> {

    Optional<DraftEntity> findByCallId(Long callId);
}
