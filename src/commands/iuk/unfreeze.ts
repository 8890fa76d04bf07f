import { sfCommand } from '../../sf-command.js';
import { unfreezeCommand } from '../../../scripts/commands/user-state.js';

export default class Unfreeze extends sfCommand(unfreezeCommand) {}
