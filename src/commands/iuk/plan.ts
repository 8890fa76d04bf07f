import { sfCommand } from '../../sf-command.js';
import { planCommand } from '../../../scripts/commands/plan.js';

export default class Plan extends sfCommand(planCommand) {}
