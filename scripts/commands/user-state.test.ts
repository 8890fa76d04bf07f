import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fixture, httpErrorFor } from '../org/testing/salesforce-test-context.js';
import { ExitCode } from './command.js';
import { ALIAS, engineRequests, orgCommandHarness } from './testing/org-command-harness.js';
import { deactivateCommand, freezeCommand, reactivateCommand, unfreezeCommand } from './user-state.js';

describe('freeze / unfreeze / deactivate / reactivate', () => {
  const harness = orgCommandHarness();

  for (const [command, state] of [
    [freezeCommand, 'FREEZE'],
    [unfreezeCommand, 'UNFREEZE'],
    [reactivateCommand, 'REACTIVATE'],
    [deactivateCommand, 'DEACTIVATE'],
  ] as const) {
    it(`${command.name} POSTs user-state with ${state} and the reason`, async () => {
      await harness.authorise();
      const requests = harness.answer(() => fixture('engine/v1-user-state.freeze.UserStateResult.json'));

      const run = await harness.run(command, [
        'ERP_Order_Sync',
        '--reason',
        'Key leaked in a log',
        '-o',
        ALIAS,
      ]);

      assert.equal(run.code, ExitCode.ok);
      assert.deepEqual(engineRequests(requests), [
        {
          method: 'POST',
          url: '/services/apexrest/integration-user-kit/v1/user-state',
          body: { integration: 'ERP_Order_Sync', state, reason: 'Key leaked in a log' },
        },
      ]);
    });
  }

  it('shows the result of a successful change', async () => {
    await harness.authorise();
    harness.answer(() => fixture('engine/v1-user-state.freeze.UserStateResult.json'));

    const run = await harness.run(freezeCommand, ['ERP_Order_Sync', '-r', 'rotation', '-o', ALIAS]);

    assert.match(run.out.join('\n'), /ERP_Order_Sync: FROZEN: erp\.integration@\S+ is frozen\./);
  });

  it('exits 5 when the engine could not change the user', async () => {
    await harness.authorise();
    harness.answer(() => fixture('engine/v1-user-state.failed.UserStateResult.json'));

    const run = await harness.run(freezeCommand, ['Data_Warehouse_Export', '-r', 'rotation', '-o', ALIAS]);

    assert.equal(run.code, ExitCode.orgFailed);
    assert.match(
      run.err.join('\n'),
      /Data_Warehouse_Export: FAILED: The integration has no user to freeze\./,
    );
  });

  it("reports the engine's NOT_FOUND for an unknown integration", async () => {
    await harness.authorise();
    const connection = await harness.connection();
    harness.answer(async () => {
      throw await httpErrorFor(connection, 404, fixture('engine/error.NOT_FOUND.json'));
    });

    const run = await harness.run(freezeCommand, ['Unknown_Integration', '-r', 'x', '-o', ALIAS]);

    assert.equal(run.code, ExitCode.orgFailed);
    assert.match(run.err.join('\n'), /No integration definition named Unknown_Integration/);
  });

  it('requires a reason and exactly one integration, before contacting the engine (exit 2, sf parse errors)', async () => {
    await harness.authorise();
    const requests = harness.answer(() => assert.fail('no engine request may be sent'));
    const cases: [typeof freezeCommand, string[], RegExp][] = [
      [freezeCommand, ['ERP_Order_Sync', '-o', ALIAS], /Missing required flag reason/],
      [freezeCommand, ['ERP_Order_Sync', '--reason', '  ', '-o', ALIAS], /--reason must say why/],
      [deactivateCommand, ['--reason', 'x', '-o', ALIAS], /Missing 1 required arg:\nintegration/],
      [deactivateCommand, ['A', 'B', '--reason', 'x', '-o', ALIAS], /Unexpected argument: B/],
    ];
    for (const [command, argv, message] of cases) {
      const run = await harness.run(command, [...argv, '--json']);
      assert.equal(run.code, ExitCode.usage, argv.join(' '));
      const envelope = run.json<{ status: number; exitCode: number; message: string }>();
      assert.equal(envelope.status, ExitCode.usage);
      assert.equal(envelope.exitCode, ExitCode.usage);
      assert.match(envelope.message, message);
    }
    assert.equal(engineRequests(requests).length, 0);
  });
});
