import { sfCommand } from '../../sf-command.js';
import { provisionCommand } from '../../../scripts/commands/provision.js';

export default class Provision extends sfCommand(provisionCommand) {}
