import { sfCommand } from '../../sf-command.js';
import { deployCommand } from '../../../scripts/commands/deploy.js';

export default class Deploy extends sfCommand(deployCommand) {}
