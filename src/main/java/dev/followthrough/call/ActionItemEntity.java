package dev.followthrough.call;

import dev.followthrough.core.ActionItem;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

@Entity
@Table(name = "action_item")
class ActionItemEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "call_id", nullable = false)
    private Long callId;

    private int position;

    private String owner;

    @Column(nullable = false, length = 2000)
    private String task;

    @Column(name = "due_date")
    private LocalDate dueDate;

    @Column(name = "due_text")
    private String dueText;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "action_item_evidence", joinColumns = @JoinColumn(name = "action_item_id"))
    @OrderColumn(name = "position")
    private List<StoredEvidence> evidence = new ArrayList<>();

    protected ActionItemEntity() {
    }

    ActionItemEntity(Long callId, int position, ActionItem item) {
        this.callId = callId;
        this.position = position;
        this.owner = Texts.clip(item.owner(), 300);
        this.task = Texts.clip(item.task(), 2000);
        this.dueDate = item.dueDate();
        this.dueText = Texts.clip(item.dueText(), 300);
        item.evidence().forEach(e -> evidence.add(StoredEvidence.of(e)));
    }

    ActionItem toActionItem() {
        return new ActionItem(owner, task, dueDate, dueText, evidence.stream().map(StoredEvidence::toEvidence).toList());
    }
}
