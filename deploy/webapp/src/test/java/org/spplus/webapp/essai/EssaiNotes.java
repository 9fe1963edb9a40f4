package org.spplus.webapp.essai;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.spplus.platform.api.persistence.Persistence;

/** The test plugin's boundary service: every way of reading and writing the notes that isolation must cover. */
@ApplicationScoped
@Transactional
public class EssaiNotes {

    @Inject
    Persistence persistence;

    public long create(String text) {
        EssaiNote note = new EssaiNote(text);
        persistence.tenant().persist(note);
        persistence.tenant().flush();
        return note.getId();
    }

    public Optional<String> find(long id) {
        return Optional.ofNullable(persistence.tenant().find(EssaiNote.class, id)).map(EssaiNote::getText);
    }

    /** Finds twice in one transaction: the second read comes from the persistence context/cache. */
    public Optional<String> findTwice(long id) {
        EntityManager em = persistence.tenant();
        em.find(EssaiNote.class, id);
        return Optional.ofNullable(em.find(EssaiNote.class, id)).map(EssaiNote::getText);
    }

    public List<String> byJpql(String text) {
        return persistence.tenant().createQuery("select n.text from EssaiNote n where n.text = :t", String.class)
                .setParameter("t", text).getResultList();
    }

    public long countByCriteria(String text) {
        CriteriaBuilder cb = persistence.tenant().getCriteriaBuilder();
        CriteriaQuery<Long> q = cb.createQuery(Long.class);
        Root<EssaiNote> n = q.from(EssaiNote.class);
        q.select(cb.count(n)).where(cb.equal(n.get("text"), text));
        return persistence.tenant().createQuery(q).getSingleResult();
    }

    public long countNative(long id) {
        return ((Number) persistence.tenant().createNativeQuery("select count(*) from ess_note where id = ?1")
                .setParameter(1, id).getSingleResult()).longValue();
    }

    @SuppressWarnings("unchecked")
    public List<String> tenantsSeenNatively() {
        return persistence.tenant().createNativeQuery("select distinct tenant_id from ess_note order by 1").getResultList();
    }

    public int renameNatively(long id, String text) {
        return persistence.tenant().createNativeQuery("update ess_note set text = ?1 where id = ?2")
                .setParameter(1, text).setParameter(2, id).executeUpdate();
    }

    /** Tries to write a row for another tenant with native SQL: row-level security must refuse it. */
    public void insertNativelyFor(String otherTenant, String text) {
        persistence.tenant().createNativeQuery(
                        "insert into ess_note (id, tenant_id, text) values (nextval('ess_note_seq'), ?1, ?2)")
                .setParameter(1, otherTenant).setParameter(2, text).executeUpdate();
    }

    /** Native SQL in a transaction bound to no tenant: row-level security shows nothing. */
    public long countNativeWithoutTenant() {
        return ((Number) persistence.platform().createNativeQuery("select count(*) from ess_note").getSingleResult())
                .longValue();
    }

    public long count() {
        return persistence.tenant().createQuery("select count(n) from EssaiNote n", Long.class).getSingleResult();
    }
}
