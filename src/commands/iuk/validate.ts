import { sfCommand } from '../../sf-command.js';
import { validateCommand } from '../../../scripts/commands/validate.js';

export default class Validate extends sfCommand(validateCommand) {}
