// Rule attack-event: sentences of our own where it must fire and where it must stay silent.
import { testRule } from './rule-tester.js';

testRule("attack-event", {
  fires: [
    ["Russia's invasion of Ukraine began in 2022.", "country:russia ATTACKS country:ukraine"],
  ],
  silent: [
    ["Ukraine intercepted 40 Russian drones overnight.", "country:ukraine ATTACKS country:russia"],
  ],
});
