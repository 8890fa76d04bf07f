import { sfCommand } from '../../sf-command.js';
import { planCommand } from '../../../scripts/commands/plan.js';

/** `sf iuk plan`: see the declaration for what it does. */
export default sfCommand(planCommand);
