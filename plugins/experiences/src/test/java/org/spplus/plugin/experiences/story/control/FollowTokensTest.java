package org.spplus.plugin.experiences.story.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FollowTokensTest {

    @Test
    void keysAreLongRandomAndUrlSafeAndOnlyTheirHashIsKept() {
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String key = FollowTokens.newKey();
            assertThat(FollowTokens.looksLikeKey(key)).as(key).isTrue();
            keys.add(key);
        }
        assertThat(keys).hasSize(1000);
        String key = keys.iterator().next();
        assertThat(FollowTokens.hash(key)).hasSize(64).isEqualTo(FollowTokens.hash(key)).doesNotContain(key);
    }

    @Test
    void anythingElseIsRefusedBeforeAnyLookup() {
        assertThat(FollowTokens.looksLikeKey(null)).isFalse();
        assertThat(FollowTokens.looksLikeKey("")).isFalse();
        assertThat(FollowTokens.looksLikeKey("abc")).isFalse();
        assertThat(FollowTokens.looksLikeKey("'; drop table exp_story; --xxxxxxxxxxxxxxxxxxxxxxxxx")).isFalse();
        assertThat(FollowTokens.looksLikeKey("a".repeat(44))).isFalse();
    }
}
