/** People the platform knows: accounts to write to, agents and the entities they cover. */
package org.spplus.platform.api.people;
