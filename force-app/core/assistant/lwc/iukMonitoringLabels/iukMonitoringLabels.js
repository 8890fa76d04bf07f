/**
 * The Monitoring components' texts, from Custom Labels (force-app/core/monitoring/labels/), so a
 * subscriber org can translate them, as c/iukLabels does for the rest of the assistant. Their {0}
 * placeholders are filled with iukFormat's format().
 */
import IUK_Mon_ApiLog from '@salesforce/label/c.IUK_Mon_ApiLog';
import IUK_Mon_Breakdown_Clients from '@salesforce/label/c.IUK_Mon_Breakdown_Clients';
import IUK_Mon_Breakdown_Ips from '@salesforce/label/c.IUK_Mon_Breakdown_Ips';
import IUK_Mon_Breakdown_Versions from '@salesforce/label/c.IUK_Mon_Breakdown_Versions';
import IUK_Mon_Chart_BarTitle from '@salesforce/label/c.IUK_Mon_Chart_BarTitle';
import IUK_Mon_Chart_Busiest from '@salesforce/label/c.IUK_Mon_Chart_Busiest';
import IUK_Mon_Chart_Heading from '@salesforce/label/c.IUK_Mon_Chart_Heading';
import IUK_Mon_Chart_HideTable from '@salesforce/label/c.IUK_Mon_Chart_HideTable';
import IUK_Mon_Chart_Legend_NoLog from '@salesforce/label/c.IUK_Mon_Chart_Legend_NoLog';
import IUK_Mon_Chart_Legend_Requests from '@salesforce/label/c.IUK_Mon_Chart_Legend_Requests';
import IUK_Mon_Chart_NoLogAtAll from '@salesforce/label/c.IUK_Mon_Chart_NoLogAtAll';
import IUK_Mon_Chart_NoLogDays from '@salesforce/label/c.IUK_Mon_Chart_NoLogDays';
import IUK_Mon_Chart_NoLogTitle from '@salesforce/label/c.IUK_Mon_Chart_NoLogTitle';
import IUK_Mon_Chart_ShowTable from '@salesforce/label/c.IUK_Mon_Chart_ShowTable';
import IUK_Mon_Chart_Summary from '@salesforce/label/c.IUK_Mon_Chart_Summary';
import IUK_Mon_Chart_TableCaption from '@salesforce/label/c.IUK_Mon_Chart_TableCaption';
import IUK_Mon_Col_Controls from '@salesforce/label/c.IUK_Mon_Col_Controls';
import IUK_Mon_Col_Day from '@salesforce/label/c.IUK_Mon_Col_Day';
import IUK_Mon_Col_Evidence from '@salesforce/label/c.IUK_Mon_Col_Evidence';
import IUK_Mon_Col_Flagged from '@salesforce/label/c.IUK_Mon_Col_Flagged';
import IUK_Mon_Col_Flags from '@salesforce/label/c.IUK_Mon_Col_Flags';
import IUK_Mon_Col_LoginType from '@salesforce/label/c.IUK_Mon_Col_LoginType';
import IUK_Mon_Col_Logins from '@salesforce/label/c.IUK_Mon_Col_Logins';
import IUK_Mon_Col_Question from '@salesforce/label/c.IUK_Mon_Col_Question';
import IUK_Mon_Col_Requests from '@salesforce/label/c.IUK_Mon_Col_Requests';
import IUK_Mon_Col_SourceIp from '@salesforce/label/c.IUK_Mon_Col_SourceIp';
import IUK_Mon_Col_Status from '@salesforce/label/c.IUK_Mon_Col_Status';
import IUK_Mon_Col_Time from '@salesforce/label/c.IUK_Mon_Col_Time';
import IUK_Mon_Evidence_Caption from '@salesforce/label/c.IUK_Mon_Evidence_Caption';
import IUK_Mon_Evidence_Error from '@salesforce/label/c.IUK_Mon_Evidence_Error';
import IUK_Mon_Evidence_GAP from '@salesforce/label/c.IUK_Mon_Evidence_GAP';
import IUK_Mon_Evidence_Heading from '@salesforce/label/c.IUK_Mon_Evidence_Heading';
import IUK_Mon_Evidence_INFO from '@salesforce/label/c.IUK_Mon_Evidence_INFO';
import IUK_Mon_Evidence_Intro from '@salesforce/label/c.IUK_Mon_Evidence_Intro';
import IUK_Mon_Evidence_Loading from '@salesforce/label/c.IUK_Mon_Evidence_Loading';
import IUK_Mon_Evidence_MET from '@salesforce/label/c.IUK_Mon_Evidence_MET';
import IUK_Mon_Evidence_Show from '@salesforce/label/c.IUK_Mon_Evidence_Show';
import IUK_Mon_Evidence_Summary from '@salesforce/label/c.IUK_Mon_Evidence_Summary';
import IUK_Mon_Findings_Controls from '@salesforce/label/c.IUK_Mon_Findings_Controls';
import IUK_Mon_Findings_Count from '@salesforce/label/c.IUK_Mon_Findings_Count';
import IUK_Mon_Findings_Heading from '@salesforce/label/c.IUK_Mon_Findings_Heading';
import IUK_Mon_Findings_None from '@salesforce/label/c.IUK_Mon_Findings_None';
import IUK_Mon_Findings_OrgWide from '@salesforce/label/c.IUK_Mon_Findings_OrgWide';
import IUK_Mon_Findings_WhatToDo from '@salesforce/label/c.IUK_Mon_Findings_WhatToDo';
import IUK_Mon_Flag_FAILED from '@salesforce/label/c.IUK_Mon_Flag_FAILED';
import IUK_Mon_Flag_NEW_NETWORK from '@salesforce/label/c.IUK_Mon_Flag_NEW_NETWORK';
import IUK_Mon_Flag_OUTSIDE_IP_RANGES from '@salesforce/label/c.IUK_Mon_Flag_OUTSIDE_IP_RANGES';
import IUK_Mon_Flag_OUTSIDE_LOGIN_HOURS from '@salesforce/label/c.IUK_Mon_Flag_OUTSIDE_LOGIN_HOURS';
import IUK_Mon_Flag_PASSWORD from '@salesforce/label/c.IUK_Mon_Flag_PASSWORD';
import IUK_Mon_Heading from '@salesforce/label/c.IUK_Mon_Heading';
import IUK_Mon_Intro from '@salesforce/label/c.IUK_Mon_Intro';
import IUK_Mon_JobNextRun from '@salesforce/label/c.IUK_Mon_JobNextRun';
import IUK_Mon_JobNotScheduled from '@salesforce/label/c.IUK_Mon_JobNotScheduled';
import IUK_Mon_LoadError from '@salesforce/label/c.IUK_Mon_LoadError';
import IUK_Mon_Loading from '@salesforce/label/c.IUK_Mon_Loading';
import IUK_Mon_LoginLog from '@salesforce/label/c.IUK_Mon_LoginLog';
import IUK_Mon_Logins_ExamplesCaption from '@salesforce/label/c.IUK_Mon_Logins_ExamplesCaption';
import IUK_Mon_Logins_Heading from '@salesforce/label/c.IUK_Mon_Logins_Heading';
import IUK_Mon_Logins_NotCounted from '@salesforce/label/c.IUK_Mon_Logins_NotCounted';
import IUK_Mon_Logins_Outside from '@salesforce/label/c.IUK_Mon_Logins_Outside';
import IUK_Mon_Logins_Summary from '@salesforce/label/c.IUK_Mon_Logins_Summary';
import IUK_Mon_NoIntegrations from '@salesforce/label/c.IUK_Mon_NoIntegrations';
import IUK_Mon_NoLog from '@salesforce/label/c.IUK_Mon_NoLog';
import IUK_Mon_NoPermission from '@salesforce/label/c.IUK_Mon_NoPermission';
import IUK_Mon_NoUser from '@salesforce/label/c.IUK_Mon_NoUser';
import IUK_Mon_NotCounted from '@salesforce/label/c.IUK_Mon_NotCounted';
import IUK_Mon_RunNow from '@salesforce/label/c.IUK_Mon_RunNow';
import IUK_Mon_RunNowLabel from '@salesforce/label/c.IUK_Mon_RunNowLabel';
import IUK_Mon_RunNowStarted from '@salesforce/label/c.IUK_Mon_RunNowStarted';
import IUK_Mon_Severity_HIGH from '@salesforce/label/c.IUK_Mon_Severity_HIGH';
import IUK_Mon_Severity_INFO from '@salesforce/label/c.IUK_Mon_Severity_INFO';
import IUK_Mon_Severity_LOW from '@salesforce/label/c.IUK_Mon_Severity_LOW';
import IUK_Mon_Severity_Label from '@salesforce/label/c.IUK_Mon_Severity_Label';
import IUK_Mon_Severity_MEDIUM from '@salesforce/label/c.IUK_Mon_Severity_MEDIUM';

export const LABELS = {
  ApiLog: IUK_Mon_ApiLog,
  Breakdown_Clients: IUK_Mon_Breakdown_Clients,
  Breakdown_Ips: IUK_Mon_Breakdown_Ips,
  Breakdown_Versions: IUK_Mon_Breakdown_Versions,
  Chart_BarTitle: IUK_Mon_Chart_BarTitle,
  Chart_Busiest: IUK_Mon_Chart_Busiest,
  Chart_Heading: IUK_Mon_Chart_Heading,
  Chart_HideTable: IUK_Mon_Chart_HideTable,
  Chart_Legend_NoLog: IUK_Mon_Chart_Legend_NoLog,
  Chart_Legend_Requests: IUK_Mon_Chart_Legend_Requests,
  Chart_NoLogAtAll: IUK_Mon_Chart_NoLogAtAll,
  Chart_NoLogDays: IUK_Mon_Chart_NoLogDays,
  Chart_NoLogTitle: IUK_Mon_Chart_NoLogTitle,
  Chart_ShowTable: IUK_Mon_Chart_ShowTable,
  Chart_Summary: IUK_Mon_Chart_Summary,
  Chart_TableCaption: IUK_Mon_Chart_TableCaption,
  Col_Controls: IUK_Mon_Col_Controls,
  Col_Day: IUK_Mon_Col_Day,
  Col_Evidence: IUK_Mon_Col_Evidence,
  Col_Flagged: IUK_Mon_Col_Flagged,
  Col_Flags: IUK_Mon_Col_Flags,
  Col_LoginType: IUK_Mon_Col_LoginType,
  Col_Logins: IUK_Mon_Col_Logins,
  Col_Question: IUK_Mon_Col_Question,
  Col_Requests: IUK_Mon_Col_Requests,
  Col_SourceIp: IUK_Mon_Col_SourceIp,
  Col_Status: IUK_Mon_Col_Status,
  Col_Time: IUK_Mon_Col_Time,
  Evidence_Caption: IUK_Mon_Evidence_Caption,
  Evidence_Error: IUK_Mon_Evidence_Error,
  Evidence_GAP: IUK_Mon_Evidence_GAP,
  Evidence_Heading: IUK_Mon_Evidence_Heading,
  Evidence_INFO: IUK_Mon_Evidence_INFO,
  Evidence_Intro: IUK_Mon_Evidence_Intro,
  Evidence_Loading: IUK_Mon_Evidence_Loading,
  Evidence_MET: IUK_Mon_Evidence_MET,
  Evidence_Show: IUK_Mon_Evidence_Show,
  Evidence_Summary: IUK_Mon_Evidence_Summary,
  Findings_Controls: IUK_Mon_Findings_Controls,
  Findings_Count: IUK_Mon_Findings_Count,
  Findings_Heading: IUK_Mon_Findings_Heading,
  Findings_None: IUK_Mon_Findings_None,
  Findings_OrgWide: IUK_Mon_Findings_OrgWide,
  Findings_WhatToDo: IUK_Mon_Findings_WhatToDo,
  Flag_FAILED: IUK_Mon_Flag_FAILED,
  Flag_NEW_NETWORK: IUK_Mon_Flag_NEW_NETWORK,
  Flag_OUTSIDE_IP_RANGES: IUK_Mon_Flag_OUTSIDE_IP_RANGES,
  Flag_OUTSIDE_LOGIN_HOURS: IUK_Mon_Flag_OUTSIDE_LOGIN_HOURS,
  Flag_PASSWORD: IUK_Mon_Flag_PASSWORD,
  Heading: IUK_Mon_Heading,
  Intro: IUK_Mon_Intro,
  JobNextRun: IUK_Mon_JobNextRun,
  JobNotScheduled: IUK_Mon_JobNotScheduled,
  LoadError: IUK_Mon_LoadError,
  Loading: IUK_Mon_Loading,
  LoginLog: IUK_Mon_LoginLog,
  Logins_ExamplesCaption: IUK_Mon_Logins_ExamplesCaption,
  Logins_Heading: IUK_Mon_Logins_Heading,
  Logins_NotCounted: IUK_Mon_Logins_NotCounted,
  Logins_Outside: IUK_Mon_Logins_Outside,
  Logins_Summary: IUK_Mon_Logins_Summary,
  NoIntegrations: IUK_Mon_NoIntegrations,
  NoLog: IUK_Mon_NoLog,
  NoPermission: IUK_Mon_NoPermission,
  NoUser: IUK_Mon_NoUser,
  NotCounted: IUK_Mon_NotCounted,
  RunNow: IUK_Mon_RunNow,
  RunNowLabel: IUK_Mon_RunNowLabel,
  RunNowStarted: IUK_Mon_RunNowStarted,
  Severity_HIGH: IUK_Mon_Severity_HIGH,
  Severity_INFO: IUK_Mon_Severity_INFO,
  Severity_LOW: IUK_Mon_Severity_LOW,
  Severity_Label: IUK_Mon_Severity_Label,
  Severity_MEDIUM: IUK_Mon_Severity_MEDIUM,
};
