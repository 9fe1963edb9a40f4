package org.spplus.platform.api.security;

import java.util.List;

/** Implemented by plugins that hold contributions of accounts, to list them on the account page. */
public interface ContributionSource {

    /** The account's contributions, newest first. */
    List<Contribution> contributionsOf(long accountId);
}
