package org.vigie.corpus.api.stores;

/**
 * What a copy did.
 *
 * @param target the store copied to
 * @param source documents in the source store
 * @param alreadyThere of them, those the target held before (a re-run resumes: ids are content hashes)
 * @param copied those added by this copy
 * @param missing source documents still not in the target when the copy ended (0 when verified)
 * @param targetCount documents in the target at the end
 */
public record CopyReport(StoreChoice target, long source, long alreadyThere, long copied, long missing,
        long targetCount) {

    /** Every source document is in the target. */
    public boolean verified() {
        return missing == 0;
    }
}
