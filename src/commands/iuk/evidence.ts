import { sfCommand } from '../../sf-command.js';
import { evidenceCommand } from '../../../scripts/commands/evidence.js';

/** `sf iuk evidence`: see the declaration for what it does. */
export default sfCommand(evidenceCommand);
