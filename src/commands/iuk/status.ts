import { sfCommand } from '../../sf-command.js';
import { statusCommand } from '../../../scripts/commands/status.js';

export default class Status extends sfCommand(statusCommand) {}
