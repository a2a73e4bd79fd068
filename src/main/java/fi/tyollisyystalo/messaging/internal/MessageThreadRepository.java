package fi.tyollisyystalo.messaging.internal;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import fi.tyollisyystalo.messaging.Side;

public interface MessageThreadRepository extends JpaRepository<MessageThreadEntity, Long> {

    List<MessageThreadEntity> findByPersonIdOrderByLastMessageAtDescIdDesc(long personId);

    Page<MessageThreadEntity> findAllByOrderByLastMessageAtDescIdDesc(Pageable page);

    /** Threads where {@code first} wrote last come first, each group newest activity first. */
    @Query(value = "SELECT t FROM MessageThreadEntity t ORDER BY CASE WHEN t.lastAuthorSide = :first THEN 0 ELSE 1 END,"
            + " t.lastMessageAt DESC, t.id DESC", countQuery = "SELECT COUNT(t) FROM MessageThreadEntity t")
    Page<MessageThreadEntity> findWithSideFirst(Side first, Pageable page);
}
