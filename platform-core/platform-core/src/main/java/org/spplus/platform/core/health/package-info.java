/** MicroProfile Health checks: liveness, and readiness (database, migrations, plugins, start-up). */
package org.spplus.platform.core.health;
