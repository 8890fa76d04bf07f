/**
 * Every text of the setup assistant, from the Custom Labels in force-app/core/assistant/labels/, so a
 * subscriber can translate the assistant (Setup → Translation Workbench → Override). `c.` is the
 * default namespace: in the packaged core it resolves to the package's own labels. Jest and the
 * browser preview read the same labels file; no copy of the texts exists anywhere else.
 */
import pageTitle from '@salesforce/label/c.IUK_PageTitle';
import loading from '@salesforce/label/c.IUK_Loading';
import refreshLabel from '@salesforce/label/c.IUK_RefreshLabel';
import refreshDone from '@salesforce/label/c.IUK_RefreshDone';
import retry from '@salesforce/label/c.IUK_Retry';
import loadErrorTitle from '@salesforce/label/c.IUK_LoadErrorTitle';
import loadErrorNextStep from '@salesforce/label/c.IUK_LoadErrorNextStep';
import noAccessTitle from '@salesforce/label/c.IUK_NoAccessTitle';
import noAccessBody from '@salesforce/label/c.IUK_NoAccessBody';
import orgProduction from '@salesforce/label/c.IUK_OrgProduction';
import orgSandbox from '@salesforce/label/c.IUK_OrgSandbox';
import orgNameAndType from '@salesforce/label/c.IUK_OrgNameAndType';
import orgEnvironment from '@salesforce/label/c.IUK_OrgEnvironment';
import orgDataAsOf from '@salesforce/label/c.IUK_OrgDataAsOf';
import noValue from '@salesforce/label/c.IUK_NoValue';
import none from '@salesforce/label/c.IUK_None';
import unknownValue from '@salesforce/label/c.IUK_UnknownValue';
import warningIcon from '@salesforce/label/c.IUK_WarningIcon';
import errorIcon from '@salesforce/label/c.IUK_ErrorIcon';
import cancel from '@salesforce/label/c.IUK_Cancel';
import dialogClose from '@salesforce/label/c.IUK_DialogClose';
import dialogUserTerm from '@salesforce/label/c.IUK_DialogUserTerm';
import dialogOrgTerm from '@salesforce/label/c.IUK_DialogOrgTerm';
import reasonLabel from '@salesforce/label/c.IUK_ReasonLabel';
import navLabel from '@salesforce/label/c.IUK_NavLabel';
import navStepName from '@salesforce/label/c.IUK_NavStepName';
import navToReviewOne from '@salesforce/label/c.IUK_NavToReviewOne';
import navToReviewOther from '@salesforce/label/c.IUK_NavToReviewOther';
import navPrevious from '@salesforce/label/c.IUK_NavPrevious';
import navPreviousTo from '@salesforce/label/c.IUK_NavPreviousTo';
import navNextTo from '@salesforce/label/c.IUK_NavNextTo';
import navBackToStart from '@salesforce/label/c.IUK_NavBackToStart';
import stepPosition from '@salesforce/label/c.IUK_StepPosition';
import stepLicenses from '@salesforce/label/c.IUK_StepLicenses';
import stepLicensesTitle from '@salesforce/label/c.IUK_StepLicensesTitle';
import stepProfiles from '@salesforce/label/c.IUK_StepProfiles';
import stepProfilesTitle from '@salesforce/label/c.IUK_StepProfilesTitle';
import stepAccess from '@salesforce/label/c.IUK_StepAccess';
import stepAccessTitle from '@salesforce/label/c.IUK_StepAccessTitle';
import stepUsers from '@salesforce/label/c.IUK_StepUsers';
import stepUsersTitle from '@salesforce/label/c.IUK_StepUsersTitle';
import stepMonitoring from '@salesforce/label/c.IUK_StepMonitoring';
import stepMonitoringTitle from '@salesforce/label/c.IUK_StepMonitoringTitle';
import stepChecklist from '@salesforce/label/c.IUK_StepChecklist';
import stepChecklistTitle from '@salesforce/label/c.IUK_StepChecklistTitle';
import progressSpinner from '@salesforce/label/c.IUK_ProgressSpinner';
import progressRefreshing from '@salesforce/label/c.IUK_ProgressRefreshing';
import progressPlanningOne from '@salesforce/label/c.IUK_ProgressPlanningOne';
import progressPlanningAllOne from '@salesforce/label/c.IUK_ProgressPlanningAllOne';
import progressPlanningAllOther from '@salesforce/label/c.IUK_ProgressPlanningAllOther';
import progressApplying from '@salesforce/label/c.IUK_ProgressApplying';
import countChangesOne from '@salesforce/label/c.IUK_CountChangesOne';
import countChangesOther from '@salesforce/label/c.IUK_CountChangesOther';
import countIntegrationsOne from '@salesforce/label/c.IUK_CountIntegrationsOne';
import countIntegrationsOther from '@salesforce/label/c.IUK_CountIntegrationsOther';
import countBlockedOne from '@salesforce/label/c.IUK_CountBlockedOne';
import countBlockedOther from '@salesforce/label/c.IUK_CountBlockedOther';
import errorPlanTitle from '@salesforce/label/c.IUK_ErrorPlanTitle';
import errorApplyTitle from '@salesforce/label/c.IUK_ErrorApplyTitle';
import errorRefreshTitle from '@salesforce/label/c.IUK_ErrorRefreshTitle';
import errorPlanChanged from '@salesforce/label/c.IUK_ErrorPlanChanged';
import errorGeneric from '@salesforce/label/c.IUK_ErrorGeneric';
import errorGenericWithCode from '@salesforce/label/c.IUK_ErrorGenericWithCode';
import errorNextPlanChanged from '@salesforce/label/c.IUK_ErrorNextPlanChanged';
import errorNextApplyFailed from '@salesforce/label/c.IUK_ErrorNextApplyFailed';
import errorNextPlanAgain from '@salesforce/label/c.IUK_ErrorNextPlanAgain';
import errorNextRetry from '@salesforce/label/c.IUK_ErrorNextRetry';
import errorNextStateFailed from '@salesforce/label/c.IUK_ErrorNextStateFailed';
import planAgain from '@salesforce/label/c.IUK_PlanAgain';
import planAllOne from '@salesforce/label/c.IUK_PlanAllOne';
import planAllOther from '@salesforce/label/c.IUK_PlanAllOther';
import planHeading from '@salesforce/label/c.IUK_PlanHeading';
import planId from '@salesforce/label/c.IUK_PlanId';
import planSummary from '@salesforce/label/c.IUK_PlanSummary';
import planNothingToDo from '@salesforce/label/c.IUK_PlanNothingToDo';
import planNothingButBlocked from '@salesforce/label/c.IUK_PlanNothingButBlocked';
import planReadyNothing from '@salesforce/label/c.IUK_PlanReadyNothing';
import planReadyAnnouncement from '@salesforce/label/c.IUK_PlanReadyAnnouncement';
import planDiscarded from '@salesforce/label/c.IUK_PlanDiscarded';
import planBlockedHeading from '@salesforce/label/c.IUK_PlanBlockedHeading';
import planBlockerTitle from '@salesforce/label/c.IUK_PlanBlockerTitle';
import planCaption from '@salesforce/label/c.IUK_PlanCaption';
import planColumnIntegration from '@salesforce/label/c.IUK_PlanColumnIntegration';
import planColumnChange from '@salesforce/label/c.IUK_PlanColumnChange';
import planColumnTarget from '@salesforce/label/c.IUK_PlanColumnTarget';
import planColumnWhy from '@salesforce/label/c.IUK_PlanColumnWhy';
import planReportOnly from '@salesforce/label/c.IUK_PlanReportOnly';
import planApply from '@salesforce/label/c.IUK_PlanApply';
import planDiscard from '@salesforce/label/c.IUK_PlanDiscard';
import applyHeading from '@salesforce/label/c.IUK_ApplyHeading';
import applyIntro from '@salesforce/label/c.IUK_ApplyIntro';
import applyChangeLine from '@salesforce/label/c.IUK_ApplyChangeLine';
import applySkipped from '@salesforce/label/c.IUK_ApplySkipped';
import applyStaleNote from '@salesforce/label/c.IUK_ApplyStaleNote';
import applyConfirmOne from '@salesforce/label/c.IUK_ApplyConfirmOne';
import applyConfirmOther from '@salesforce/label/c.IUK_ApplyConfirmOther';
import applySummary from '@salesforce/label/c.IUK_ApplySummary';
import applyAnnouncement from '@salesforce/label/c.IUK_ApplyAnnouncement';
import applyToastDone from '@salesforce/label/c.IUK_ApplyToastDone';
import applyToastFailures from '@salesforce/label/c.IUK_ApplyToastFailures';
import applyToastFailuresDetail from '@salesforce/label/c.IUK_ApplyToastFailuresDetail';
import resultHeading from '@salesforce/label/c.IUK_ResultHeading';
import resultSucceeded from '@salesforce/label/c.IUK_ResultSucceeded';
import resultFailed from '@salesforce/label/c.IUK_ResultFailed';
import resultSucceededIcon from '@salesforce/label/c.IUK_ResultSucceededIcon';
import resultFailedIcon from '@salesforce/label/c.IUK_ResultFailedIcon';
import runsHeading from '@salesforce/label/c.IUK_RunsHeading';
import runsCaption from '@salesforce/label/c.IUK_RunsCaption';
import runsColumnWhen from '@salesforce/label/c.IUK_RunsColumnWhen';
import runsColumnWhat from '@salesforce/label/c.IUK_RunsColumnWhat';
import runsColumnBy from '@salesforce/label/c.IUK_RunsColumnBy';
import runsColumnResult from '@salesforce/label/c.IUK_RunsColumnResult';
import runsEmpty from '@salesforce/label/c.IUK_RunsEmpty';
import runCounts from '@salesforce/label/c.IUK_RunCounts';
import runCountsReconcile from '@salesforce/label/c.IUK_RunCountsReconcile';
import runModeApply from '@salesforce/label/c.IUK_RunModeApply';
import runModeFreeze from '@salesforce/label/c.IUK_RunModeFreeze';
import runModeUnfreeze from '@salesforce/label/c.IUK_RunModeUnfreeze';
import runModeDeactivate from '@salesforce/label/c.IUK_RunModeDeactivate';
import runModeReactivate from '@salesforce/label/c.IUK_RunModeReactivate';
import runModeReconcile from '@salesforce/label/c.IUK_RunModeReconcile';
import freezeHeading from '@salesforce/label/c.IUK_FreezeHeading';
import freezeConfirm from '@salesforce/label/c.IUK_FreezeConfirm';
import freezeWarning from '@salesforce/label/c.IUK_FreezeWarning';
import freezeProgress from '@salesforce/label/c.IUK_FreezeProgress';
import freezeDone from '@salesforce/label/c.IUK_FreezeDone';
import freezeFailed from '@salesforce/label/c.IUK_FreezeFailed';
import unfreezeHeading from '@salesforce/label/c.IUK_UnfreezeHeading';
import unfreezeConfirm from '@salesforce/label/c.IUK_UnfreezeConfirm';
import unfreezeWarning from '@salesforce/label/c.IUK_UnfreezeWarning';
import unfreezeProgress from '@salesforce/label/c.IUK_UnfreezeProgress';
import unfreezeDone from '@salesforce/label/c.IUK_UnfreezeDone';
import unfreezeFailed from '@salesforce/label/c.IUK_UnfreezeFailed';
import deactivateHeading from '@salesforce/label/c.IUK_DeactivateHeading';
import deactivateConfirm from '@salesforce/label/c.IUK_DeactivateConfirm';
import deactivateWarning from '@salesforce/label/c.IUK_DeactivateWarning';
import deactivateProgress from '@salesforce/label/c.IUK_DeactivateProgress';
import deactivateDone from '@salesforce/label/c.IUK_DeactivateDone';
import deactivateFailed from '@salesforce/label/c.IUK_DeactivateFailed';
import reactivateHeading from '@salesforce/label/c.IUK_ReactivateHeading';
import reactivateConfirm from '@salesforce/label/c.IUK_ReactivateConfirm';
import reactivateWarning from '@salesforce/label/c.IUK_ReactivateWarning';
import reactivateProgress from '@salesforce/label/c.IUK_ReactivateProgress';
import reactivateDone from '@salesforce/label/c.IUK_ReactivateDone';
import reactivateFailed from '@salesforce/label/c.IUK_ReactivateFailed';
import statusNotCreated from '@salesforce/label/c.IUK_StatusNotCreated';
import statusReady from '@salesforce/label/c.IUK_StatusReady';
import statusDrifted from '@salesforce/label/c.IUK_StatusDrifted';
import statusFrozen from '@salesforce/label/c.IUK_StatusFrozen';
import statusDeactivated from '@salesforce/label/c.IUK_StatusDeactivated';
import statusInactive from '@salesforce/label/c.IUK_StatusInactive';
import statusRetired from '@salesforce/label/c.IUK_StatusRetired';
import statusError from '@salesforce/label/c.IUK_StatusError';
import checkPassed from '@salesforce/label/c.IUK_CheckPassed';
import checkWarning from '@salesforce/label/c.IUK_CheckWarning';
import checkFailed from '@salesforce/label/c.IUK_CheckFailed';
import actionCreateUser from '@salesforce/label/c.IUK_ActionCreateUser';
import actionUpdateUser from '@salesforce/label/c.IUK_ActionUpdateUser';
import actionAssignPermissionSetLicense from '@salesforce/label/c.IUK_ActionAssignPermissionSetLicense';
import actionAssignPermissionSet from '@salesforce/label/c.IUK_ActionAssignPermissionSet';
import actionAssignPermissionSetGroup from '@salesforce/label/c.IUK_ActionAssignPermissionSetGroup';
import actionRemoveAssignment from '@salesforce/label/c.IUK_ActionRemoveAssignment';
import actionUnlistedAssignment from '@salesforce/label/c.IUK_ActionUnlistedAssignment';
import actionRemovePermissionSetLicense from '@salesforce/label/c.IUK_ActionRemovePermissionSetLicense';
import actionFreezeUser from '@salesforce/label/c.IUK_ActionFreezeUser';
import actionDeactivateUser from '@salesforce/label/c.IUK_ActionDeactivateUser';
import actionReactivateUser from '@salesforce/label/c.IUK_ActionReactivateUser';
import blockerInvalidDefinition from '@salesforce/label/c.IUK_BlockerInvalidDefinition';
import blockerDuplicateUsername from '@salesforce/label/c.IUK_BlockerDuplicateUsername';
import blockerNoUserLicense from '@salesforce/label/c.IUK_BlockerNoUserLicense';
import blockerNoPslSeats from '@salesforce/label/c.IUK_BlockerNoPslSeats';
import blockerPermissionSetLicenseMissing from '@salesforce/label/c.IUK_BlockerPermissionSetLicenseMissing';
import blockerProfileMissing from '@salesforce/label/c.IUK_BlockerProfileMissing';
import blockerProfileWrongLicense from '@salesforce/label/c.IUK_BlockerProfileWrongLicense';
import blockerPermissionSetMissing from '@salesforce/label/c.IUK_BlockerPermissionSetMissing';
import blockerPermissionSetWrongLicense from '@salesforce/label/c.IUK_BlockerPermissionSetWrongLicense';
import blockerPermissionSetGroupMissing from '@salesforce/label/c.IUK_BlockerPermissionSetGroupMissing';
import blockerUsernameTaken from '@salesforce/label/c.IUK_BlockerUsernameTaken';
import blockerCannotFreeze from '@salesforce/label/c.IUK_BlockerCannotFreeze';
import blockerObjectMissing from '@salesforce/label/c.IUK_BlockerObjectMissing';
import blockerFieldMissing from '@salesforce/label/c.IUK_BlockerFieldMissing';
import blockerOther from '@salesforce/label/c.IUK_BlockerOther';
import directionInbound from '@salesforce/label/c.IUK_DirectionInbound';
import directionOutbound from '@salesforce/label/c.IUK_DirectionOutbound';
import directionBidirectional from '@salesforce/label/c.IUK_DirectionBidirectional';
import dayMonday from '@salesforce/label/c.IUK_DayMonday';
import dayTuesday from '@salesforce/label/c.IUK_DayTuesday';
import dayWednesday from '@salesforce/label/c.IUK_DayWednesday';
import dayThursday from '@salesforce/label/c.IUK_DayThursday';
import dayFriday from '@salesforce/label/c.IUK_DayFriday';
import daySaturday from '@salesforce/label/c.IUK_DaySaturday';
import daySunday from '@salesforce/label/c.IUK_DaySunday';
import rangeTemplate from '@salesforce/label/c.IUK_RangeTemplate';
import ipRangeTemplate from '@salesforce/label/c.IUK_IpRangeTemplate';
import ipRangeDescription from '@salesforce/label/c.IUK_IpRangeDescription';
import loginHoursLine from '@salesforce/label/c.IUK_LoginHoursLine';
import loginHoursNoLogin from '@salesforce/label/c.IUK_LoginHoursNoLogin';
import loginHoursAllDay from '@salesforce/label/c.IUK_LoginHoursAllDay';
import licencesIntro from '@salesforce/label/c.IUK_LicencesIntro';
import licenceUserLong from '@salesforce/label/c.IUK_LicenceUserLong';
import licenceUserShort from '@salesforce/label/c.IUK_LicenceUserShort';
import licencePermissionSetLong from '@salesforce/label/c.IUK_LicencePermissionSetLong';
import licencePermissionSetShort from '@salesforce/label/c.IUK_LicencePermissionSetShort';
import licenceTotal from '@salesforce/label/c.IUK_LicenceTotal';
import licenceUsed from '@salesforce/label/c.IUK_LicenceUsed';
import licenceFree from '@salesforce/label/c.IUK_LicenceFree';
import licenceBarLabel from '@salesforce/label/c.IUK_LicenceBarLabel';
import licenceOkIcon from '@salesforce/label/c.IUK_LicenceOkIcon';
import licenceActionIcon from '@salesforce/label/c.IUK_LicenceActionIcon';
import licenceMissing from '@salesforce/label/c.IUK_LicenceMissing';
import licenceNoSeats from '@salesforce/label/c.IUK_LicenceNoSeats';
import licenceOneSeat from '@salesforce/label/c.IUK_LicenceOneSeat';
import licenceSeatsFree from '@salesforce/label/c.IUK_LicenceSeatsFree';
import licenceGuidanceTitle from '@salesforce/label/c.IUK_LicenceGuidanceTitle';
import licenceGuidanceDeactivate from '@salesforce/label/c.IUK_LicenceGuidanceDeactivate';
import licenceGuidanceSetup from '@salesforce/label/c.IUK_LicenceGuidanceSetup';
import licenceGuidanceBuy from '@salesforce/label/c.IUK_LicenceGuidanceBuy';
import profilesIntro from '@salesforce/label/c.IUK_ProfilesIntro';
import profilesEmpty from '@salesforce/label/c.IUK_ProfilesEmpty';
import profileLicenceLine from '@salesforce/label/c.IUK_ProfileLicenceLine';
import profileBadgeIntegration from '@salesforce/label/c.IUK_ProfileBadgeIntegration';
import profileBadgeNotIntegration from '@salesforce/label/c.IUK_ProfileBadgeNotIntegration';
import profileMissing from '@salesforce/label/c.IUK_ProfileMissing';
import profileWrongLicence from '@salesforce/label/c.IUK_ProfileWrongLicence';
import profileNoIpRanges from '@salesforce/label/c.IUK_ProfileNoIpRanges';
import profileIpRangesTitle from '@salesforce/label/c.IUK_ProfileIpRangesTitle';
import profileLoginHoursTitle from '@salesforce/label/c.IUK_ProfileLoginHoursTitle';
import profileAnyAddress from '@salesforce/label/c.IUK_ProfileAnyAddress';
import profileAnyTime from '@salesforce/label/c.IUK_ProfileAnyTime';
import accessIntro from '@salesforce/label/c.IUK_AccessIntro';
import accessEmpty from '@salesforce/label/c.IUK_AccessEmpty';
import accessNone from '@salesforce/label/c.IUK_AccessNone';
import accessCaption from '@salesforce/label/c.IUK_AccessCaption';
import accessSources from '@salesforce/label/c.IUK_AccessSources';
import accessSourcesWithGroups from '@salesforce/label/c.IUK_AccessSourcesWithGroups';
import accessDangerBadge from '@salesforce/label/c.IUK_AccessDangerBadge';
import accessDangerTitle from '@salesforce/label/c.IUK_AccessDangerTitle';
import accessDangerAdvice from '@salesforce/label/c.IUK_AccessDangerAdvice';
import accessObject from '@salesforce/label/c.IUK_AccessObject';
import accessRead from '@salesforce/label/c.IUK_AccessRead';
import accessCreate from '@salesforce/label/c.IUK_AccessCreate';
import accessEdit from '@salesforce/label/c.IUK_AccessEdit';
import accessDelete from '@salesforce/label/c.IUK_AccessDelete';
import accessViewAll from '@salesforce/label/c.IUK_AccessViewAll';
import accessModifyAll from '@salesforce/label/c.IUK_AccessModifyAll';
import accessFields from '@salesforce/label/c.IUK_AccessFields';
import accessGranted from '@salesforce/label/c.IUK_AccessGranted';
import accessNotGranted from '@salesforce/label/c.IUK_AccessNotGranted';
import accessGrantedDanger from '@salesforce/label/c.IUK_AccessGrantedDanger';
import accessGrantedShort from '@salesforce/label/c.IUK_AccessGrantedShort';
import accessShowFields from '@salesforce/label/c.IUK_AccessShowFields';
import accessHideFields from '@salesforce/label/c.IUK_AccessHideFields';
import accessFieldsFor from '@salesforce/label/c.IUK_AccessFieldsFor';
import accessFieldLine from '@salesforce/label/c.IUK_AccessFieldLine';
import accessReadableOne from '@salesforce/label/c.IUK_AccessReadableOne';
import accessReadableOther from '@salesforce/label/c.IUK_AccessReadableOther';
import accessEditableOne from '@salesforce/label/c.IUK_AccessEditableOne';
import accessEditableOther from '@salesforce/label/c.IUK_AccessEditableOther';
import accessFieldWhere from '@salesforce/label/c.IUK_AccessFieldWhere';
import accessDeclaredRead from '@salesforce/label/c.IUK_AccessDeclaredRead';
import accessDeclaredEdit from '@salesforce/label/c.IUK_AccessDeclaredEdit';
import accessDeclaredHeading from '@salesforce/label/c.IUK_AccessDeclaredHeading';
import accessDeclaredNone from '@salesforce/label/c.IUK_AccessDeclaredNone';
import usersIntro from '@salesforce/label/c.IUK_UsersIntro';
import usersReadOnly from '@salesforce/label/c.IUK_UsersReadOnly';
import usersEmpty from '@salesforce/label/c.IUK_UsersEmpty';
import userUsername from '@salesforce/label/c.IUK_UserUsername';
import userProfile from '@salesforce/label/c.IUK_UserProfile';
import userExternalSystem from '@salesforce/label/c.IUK_UserExternalSystem';
import userOwner from '@salesforce/label/c.IUK_UserOwner';
import userDefinition from '@salesforce/label/c.IUK_UserDefinition';
import userDefinitionActive from '@salesforce/label/c.IUK_UserDefinitionActive';
import userDefinitionInactive from '@salesforce/label/c.IUK_UserDefinitionInactive';
import userOwnerWithEmail from '@salesforce/label/c.IUK_UserOwnerWithEmail';
import userOwnerMissing from '@salesforce/label/c.IUK_UserOwnerMissing';
import userSystemWithDirection from '@salesforce/label/c.IUK_UserSystemWithDirection';
import userPendingHeading from '@salesforce/label/c.IUK_UserPendingHeading';
import userPendingLine from '@salesforce/label/c.IUK_UserPendingLine';
import userPlanChanges from '@salesforce/label/c.IUK_UserPlanChanges';
import userPlanCreation from '@salesforce/label/c.IUK_UserPlanCreation';
import userActionName from '@salesforce/label/c.IUK_UserActionName';
import userFreeze from '@salesforce/label/c.IUK_UserFreeze';
import userFreezeName from '@salesforce/label/c.IUK_UserFreezeName';
import userUnfreeze from '@salesforce/label/c.IUK_UserUnfreeze';
import userUnfreezeName from '@salesforce/label/c.IUK_UserUnfreezeName';
import userDeactivate from '@salesforce/label/c.IUK_UserDeactivate';
import userDeactivateName from '@salesforce/label/c.IUK_UserDeactivateName';
import userReactivate from '@salesforce/label/c.IUK_UserReactivate';
import userReactivateName from '@salesforce/label/c.IUK_UserReactivateName';
import sourceKillSwitch from '@salesforce/label/c.IUK_SourceKillSwitch';
import sourceDefinition from '@salesforce/label/c.IUK_SourceDefinition';
import sourceOutsideKit from '@salesforce/label/c.IUK_SourceOutsideKit';
import userLastChange from '@salesforce/label/c.IUK_UserLastChange';
import userLastChangeRefused from '@salesforce/label/c.IUK_UserLastChangeRefused';
import userRetired from '@salesforce/label/c.IUK_UserRetired';
import userRemovalReady from '@salesforce/label/c.IUK_UserRemovalReady';
import userAuthentication from '@salesforce/label/c.IUK_UserAuthentication';
import authClientCredentials from '@salesforce/label/c.IUK_AuthClientCredentials';
import authJwtBearer from '@salesforce/label/c.IUK_AuthJwtBearer';
import authNone from '@salesforce/label/c.IUK_AuthNone';
import authExternal from '@salesforce/label/c.IUK_AuthExternal';
import loginReady from '@salesforce/label/c.IUK_LoginReady';
import loginNoUser from '@salesforce/label/c.IUK_LoginNoUser';
import loginFrozen from '@salesforce/label/c.IUK_LoginFrozen';
import loginDeactivated from '@salesforce/label/c.IUK_LoginDeactivated';
import monitoringIntro from '@salesforce/label/c.IUK_MonitoringIntro';
import monitoringApiHeading from '@salesforce/label/c.IUK_MonitoringApiHeading';
import monitoringApiSummary from '@salesforce/label/c.IUK_MonitoringApiSummary';
import monitoringApiBar from '@salesforce/label/c.IUK_MonitoringApiBar';
import monitoringApiWarning from '@salesforce/label/c.IUK_MonitoringApiWarning';
import monitoringApiMissing from '@salesforce/label/c.IUK_MonitoringApiMissing';
import monitoringReviewHeading from '@salesforce/label/c.IUK_MonitoringReviewHeading';
import monitoringNeverLoggedIn from '@salesforce/label/c.IUK_MonitoringNeverLoggedIn';
import monitoringDormant from '@salesforce/label/c.IUK_MonitoringDormant';
import monitoringNeverAdvice from '@salesforce/label/c.IUK_MonitoringNeverAdvice';
import monitoringDormantAdvice from '@salesforce/label/c.IUK_MonitoringDormantAdvice';
import checklistSummary from '@salesforce/label/c.IUK_ChecklistSummary';
import checklistEmpty from '@salesforce/label/c.IUK_ChecklistEmpty';
import checklistGoTo from '@salesforce/label/c.IUK_ChecklistGoTo';
import checklistGoToName from '@salesforce/label/c.IUK_ChecklistGoToName';
import checklistNextHeading from '@salesforce/label/c.IUK_ChecklistNextHeading';
import checklistOpenOne from '@salesforce/label/c.IUK_ChecklistOpenOne';
import checklistOpenOther from '@salesforce/label/c.IUK_ChecklistOpenOther';
import checklistAllPassed from '@salesforce/label/c.IUK_ChecklistAllPassed';
import checklistRefresh from '@salesforce/label/c.IUK_ChecklistRefresh';
import emptyTitle from '@salesforce/label/c.IUK_EmptyTitle';
import emptyIntro from '@salesforce/label/c.IUK_EmptyIntro';
import emptyRepoDescribe from '@salesforce/label/c.IUK_EmptyRepoDescribe';
import emptyRepoDeploy from '@salesforce/label/c.IUK_EmptyRepoDeploy';
import emptyRepoCommand from '@salesforce/label/c.IUK_EmptyRepoCommand';
import emptyRepoReload from '@salesforce/label/c.IUK_EmptyRepoReload';
import emptyInOrg from '@salesforce/label/c.IUK_EmptyInOrg';
import emptyStillWorks from '@salesforce/label/c.IUK_EmptyStillWorks';
import actionCreatePermissionSet from '@salesforce/label/c.IUK_ActionCreatePermissionSet';
import actionUpdatePermissionSetAccess from '@salesforce/label/c.IUK_ActionUpdatePermissionSetAccess';
import blockerPermissionSetNotKept from '@salesforce/label/c.IUK_BlockerPermissionSetNotKept';
import runModeDefine from '@salesforce/label/c.IUK_RunModeDefine';
import runModeRetire from '@salesforce/label/c.IUK_RunModeRetire';
import originOrg from '@salesforce/label/c.IUK_OriginOrg';
import originRepository from '@salesforce/label/c.IUK_OriginRepository';
import stepDefinitions from '@salesforce/label/c.IUK_StepDefinitions';
import stepDefinitionsTitle from '@salesforce/label/c.IUK_StepDefinitionsTitle';
import checkBadFormat from '@salesforce/label/c.IUK_CheckBadFormat';
import checkConfusable from '@salesforce/label/c.IUK_CheckConfusable';
import checkControlCharacter from '@salesforce/label/c.IUK_CheckControlCharacter';
import checkDuplicateItem from '@salesforce/label/c.IUK_CheckDuplicateItem';
import checkEmpty from '@salesforce/label/c.IUK_CheckEmpty';
import checkInvisibleCharacter from '@salesforce/label/c.IUK_CheckInvisibleCharacter';
import checkJustificationBlank from '@salesforce/label/c.IUK_CheckJustificationBlank';
import checkPassedAnnouncement from '@salesforce/label/c.IUK_CheckPassedAnnouncement';
import checkRelationshipName from '@salesforce/label/c.IUK_CheckRelationshipName';
import checkRequired from '@salesforce/label/c.IUK_CheckRequired';
import checkSurroundingSpace from '@salesforce/label/c.IUK_CheckSurroundingSpace';
import checkTooFewItems from '@salesforce/label/c.IUK_CheckTooFewItems';
import checkTooLong from '@salesforce/label/c.IUK_CheckTooLong';
import checkTooShort from '@salesforce/label/c.IUK_CheckTooShort';
import checkUnknownKey from '@salesforce/label/c.IUK_CheckUnknownKey';
import checkWrongShape from '@salesforce/label/c.IUK_CheckWrongShape';
import checkWrongType from '@salesforce/label/c.IUK_CheckWrongType';
import checkWrongValue from '@salesforce/label/c.IUK_CheckWrongValue';
import definitionsIntro from '@salesforce/label/c.IUK_DefinitionsIntro';
import definitionsNoAuthoring from '@salesforce/label/c.IUK_DefinitionsNoAuthoring';
import definitionsNew from '@salesforce/label/c.IUK_DefinitionsNew';
import definitionsRepositoryExplained from '@salesforce/label/c.IUK_DefinitionsRepositoryExplained';
import definitionsRepositoryNote from '@salesforce/label/c.IUK_DefinitionsRepositoryNote';
import definitionsRetiredNote from '@salesforce/label/c.IUK_DefinitionsRetiredNote';
import definitionsApiName from '@salesforce/label/c.IUK_DefinitionsApiName';
import definitionsApiNameTerm from '@salesforce/label/c.IUK_DefinitionsApiNameTerm';
import definitionsStateTerm from '@salesforce/label/c.IUK_DefinitionsStateTerm';
import definitionsStateActive from '@salesforce/label/c.IUK_DefinitionsStateActive';
import definitionsStateInactive from '@salesforce/label/c.IUK_DefinitionsStateInactive';
import definitionsStateRetired from '@salesforce/label/c.IUK_DefinitionsStateRetired';
import definitionsEdit from '@salesforce/label/c.IUK_DefinitionsEdit';
import definitionsEditNamed from '@salesforce/label/c.IUK_DefinitionsEditNamed';
import definitionsRetire from '@salesforce/label/c.IUK_DefinitionsRetire';
import definitionsRetireNamed from '@salesforce/label/c.IUK_DefinitionsRetireNamed';
import deploySaving from '@salesforce/label/c.IUK_DeploySaving';
import deployRetiring from '@salesforce/label/c.IUK_DeployRetiring';
import deployPolling from '@salesforce/label/c.IUK_DeployPolling';
import deploySavedHeading from '@salesforce/label/c.IUK_DeploySavedHeading';
import deploySavedNext from '@salesforce/label/c.IUK_DeploySavedNext';
import deployRetiredHeading from '@salesforce/label/c.IUK_DeployRetiredHeading';
import deployRetiredNext from '@salesforce/label/c.IUK_DeployRetiredNext';
import deployFailedHeading from '@salesforce/label/c.IUK_DeployFailedHeading';
import deployFailedNext from '@salesforce/label/c.IUK_DeployFailedNext';
import deployGoToUsers from '@salesforce/label/c.IUK_DeployGoToUsers';
import deployTimedOut from '@salesforce/label/c.IUK_DeployTimedOut';
import errorFormTitle from '@salesforce/label/c.IUK_ErrorFormTitle';
import errorFieldsTitle from '@salesforce/label/c.IUK_ErrorFieldsTitle';
import errorCheckTitle from '@salesforce/label/c.IUK_ErrorCheckTitle';
import errorSaveTitle from '@salesforce/label/c.IUK_ErrorSaveTitle';
import progressOpeningForm from '@salesforce/label/c.IUK_ProgressOpeningForm';
import progressOpeningDefinition from '@salesforce/label/c.IUK_ProgressOpeningDefinition';
import progressCheckingDefinition from '@salesforce/label/c.IUK_ProgressCheckingDefinition';
import progressSavingDefinition from '@salesforce/label/c.IUK_ProgressSavingDefinition';
import progressRetiring from '@salesforce/label/c.IUK_ProgressRetiring';
import retireHeading from '@salesforce/label/c.IUK_RetireHeading';
import retireConfirm from '@salesforce/label/c.IUK_RetireConfirm';
import retireWarning from '@salesforce/label/c.IUK_RetireWarning';
import retireFailed from '@salesforce/label/c.IUK_RetireFailed';
import formNewHeading from '@salesforce/label/c.IUK_FormNewHeading';
import formEditHeading from '@salesforce/label/c.IUK_FormEditHeading';
import formIntro from '@salesforce/label/c.IUK_FormIntro';
import formProblemsOne from '@salesforce/label/c.IUK_FormProblemsOne';
import formProblemsOther from '@salesforce/label/c.IUK_FormProblemsOther';
import formWarningsOne from '@salesforce/label/c.IUK_FormWarningsOne';
import formWarningsOther from '@salesforce/label/c.IUK_FormWarningsOther';
import formGoToField from '@salesforce/label/c.IUK_FormGoToField';
import formIntegrationLegend from '@salesforce/label/c.IUK_FormIntegrationLegend';
import formName from '@salesforce/label/c.IUK_FormName';
import formNameHelp from '@salesforce/label/c.IUK_FormNameHelp';
import formLabel from '@salesforce/label/c.IUK_FormLabel';
import formExternalSystem from '@salesforce/label/c.IUK_FormExternalSystem';
import formDirection from '@salesforce/label/c.IUK_FormDirection';
import formDirectionInbound from '@salesforce/label/c.IUK_FormDirectionInbound';
import formDirectionOutbound from '@salesforce/label/c.IUK_FormDirectionOutbound';
import formDirectionBidirectional from '@salesforce/label/c.IUK_FormDirectionBidirectional';
import formOwnerName from '@salesforce/label/c.IUK_FormOwnerName';
import formOwnerEmail from '@salesforce/label/c.IUK_FormOwnerEmail';
import formJustification from '@salesforce/label/c.IUK_FormJustification';
import formJustificationHelp from '@salesforce/label/c.IUK_FormJustificationHelp';
import formUserLegend from '@salesforce/label/c.IUK_FormUserLegend';
import formUsername from '@salesforce/label/c.IUK_FormUsername';
import formUsernameHelp from '@salesforce/label/c.IUK_FormUsernameHelp';
import formEmail from '@salesforce/label/c.IUK_FormEmail';
import formFirstName from '@salesforce/label/c.IUK_FormFirstName';
import formLastName from '@salesforce/label/c.IUK_FormLastName';
import formAlias from '@salesforce/label/c.IUK_FormAlias';
import formTimeZone from '@salesforce/label/c.IUK_FormTimeZone';
import formLocale from '@salesforce/label/c.IUK_FormLocale';
import formLanguage from '@salesforce/label/c.IUK_FormLanguage';
import formProfileLegend from '@salesforce/label/c.IUK_FormProfileLegend';
import formProfile from '@salesforce/label/c.IUK_FormProfile';
import formProfileHelp from '@salesforce/label/c.IUK_FormProfileHelp';
import formProfileStandard from '@salesforce/label/c.IUK_FormProfileStandard';
import formStandardProfileName from '@salesforce/label/c.IUK_FormStandardProfileName';
import formCloneIntro from '@salesforce/label/c.IUK_FormCloneIntro';
import formCloneStepOpen from '@salesforce/label/c.IUK_FormCloneStepOpen';
import formCloneStepClone from '@salesforce/label/c.IUK_FormCloneStepClone';
import formCloneStepRanges from '@salesforce/label/c.IUK_FormCloneStepRanges';
import formCloneStepHours from '@salesforce/label/c.IUK_FormCloneStepHours';
import formCloneStepPick from '@salesforce/label/c.IUK_FormCloneStepPick';
import formOpenProfiles from '@salesforce/label/c.IUK_FormOpenProfiles';
import formRangesLegend from '@salesforce/label/c.IUK_FormRangesLegend';
import formRangesIntro from '@salesforce/label/c.IUK_FormRangesIntro';
import formNotVerified from '@salesforce/label/c.IUK_FormNotVerified';
import formRangeNumber from '@salesforce/label/c.IUK_FormRangeNumber';
import formRangeStart from '@salesforce/label/c.IUK_FormRangeStart';
import formRangeEnd from '@salesforce/label/c.IUK_FormRangeEnd';
import formRangeDescription from '@salesforce/label/c.IUK_FormRangeDescription';
import formRemoveRange from '@salesforce/label/c.IUK_FormRemoveRange';
import formAddRange from '@salesforce/label/c.IUK_FormAddRange';
import formHoursLegend from '@salesforce/label/c.IUK_FormHoursLegend';
import formHoursIntro from '@salesforce/label/c.IUK_FormHoursIntro';
import formHoursPlaceholder from '@salesforce/label/c.IUK_FormHoursPlaceholder';
import formObjectsLegend from '@salesforce/label/c.IUK_FormObjectsLegend';
import formObjectsIntro from '@salesforce/label/c.IUK_FormObjectsIntro';
import formObjectField from '@salesforce/label/c.IUK_FormObjectField';
import formAccessOf from '@salesforce/label/c.IUK_FormAccessOf';
import formObjectJustification from '@salesforce/label/c.IUK_FormObjectJustification';
import formObjectJustificationHelp from '@salesforce/label/c.IUK_FormObjectJustificationHelp';
import formReadFields from '@salesforce/label/c.IUK_FormReadFields';
import formEditFields from '@salesforce/label/c.IUK_FormEditFields';
import formFieldsAvailable from '@salesforce/label/c.IUK_FormFieldsAvailable';
import formFieldsSelected from '@salesforce/label/c.IUK_FormFieldsSelected';
import formChooseFields from '@salesforce/label/c.IUK_FormChooseFields';
import formFieldSummary from '@salesforce/label/c.IUK_FormFieldSummary';
import formRemoveObject from '@salesforce/label/c.IUK_FormRemoveObject';
import formRemove from '@salesforce/label/c.IUK_FormRemove';
import formFindObject from '@salesforce/label/c.IUK_FormFindObject';
import formAddObjectNamed from '@salesforce/label/c.IUK_FormAddObjectNamed';
import formNoObjectMatches from '@salesforce/label/c.IUK_FormNoObjectMatches';
import formExtraLegend from '@salesforce/label/c.IUK_FormExtraLegend';
import formPermissionSets from '@salesforce/label/c.IUK_FormPermissionSets';
import formPermissionSetGroups from '@salesforce/label/c.IUK_FormPermissionSetGroups';
import formOnePerLine from '@salesforce/label/c.IUK_FormOnePerLine';
import formLifecycleLegend from '@salesforce/label/c.IUK_FormLifecycleLegend';
import formActive from '@salesforce/label/c.IUK_FormActive';
import formWhenInactive from '@salesforce/label/c.IUK_FormWhenInactive';
import formWhenInactiveFreeze from '@salesforce/label/c.IUK_FormWhenInactiveFreeze';
import formWhenInactiveDeactivate from '@salesforce/label/c.IUK_FormWhenInactiveDeactivate';
import formRemoveUnlisted from '@salesforce/label/c.IUK_FormRemoveUnlisted';
import formAuthenticationLegend from '@salesforce/label/c.IUK_FormAuthenticationLegend';
import formAuthenticationLater from '@salesforce/label/c.IUK_FormAuthenticationLater';
import formCheck from '@salesforce/label/c.IUK_FormCheck';
import formCreate from '@salesforce/label/c.IUK_FormCreate';
import formSaveChanges from '@salesforce/label/c.IUK_FormSaveChanges';

export const LABELS = Object.freeze({
  pageTitle,
  loading,
  refreshLabel,
  refreshDone,
  retry,
  loadErrorTitle,
  loadErrorNextStep,
  noAccessTitle,
  noAccessBody,
  orgProduction,
  orgSandbox,
  orgNameAndType,
  orgEnvironment,
  orgDataAsOf,
  noValue,
  none,
  unknownValue,
  warningIcon,
  errorIcon,
  cancel,
  dialogClose,
  dialogUserTerm,
  dialogOrgTerm,
  reasonLabel,
  navLabel,
  navStepName,
  navToReviewOne,
  navToReviewOther,
  navPrevious,
  navPreviousTo,
  navNextTo,
  navBackToStart,
  stepPosition,
  stepLicenses,
  stepLicensesTitle,
  stepProfiles,
  stepProfilesTitle,
  stepAccess,
  stepAccessTitle,
  stepUsers,
  stepUsersTitle,
  stepMonitoring,
  stepMonitoringTitle,
  stepChecklist,
  stepChecklistTitle,
  progressSpinner,
  progressRefreshing,
  progressPlanningOne,
  progressPlanningAllOne,
  progressPlanningAllOther,
  progressApplying,
  countChangesOne,
  countChangesOther,
  countIntegrationsOne,
  countIntegrationsOther,
  countBlockedOne,
  countBlockedOther,
  errorPlanTitle,
  errorApplyTitle,
  errorRefreshTitle,
  errorPlanChanged,
  errorGeneric,
  errorGenericWithCode,
  errorNextPlanChanged,
  errorNextApplyFailed,
  errorNextPlanAgain,
  errorNextRetry,
  errorNextStateFailed,
  planAgain,
  planAllOne,
  planAllOther,
  planHeading,
  planId,
  planSummary,
  planNothingToDo,
  planNothingButBlocked,
  planReadyNothing,
  planReadyAnnouncement,
  planDiscarded,
  planBlockedHeading,
  planBlockerTitle,
  planCaption,
  planColumnIntegration,
  planColumnChange,
  planColumnTarget,
  planColumnWhy,
  planReportOnly,
  planApply,
  planDiscard,
  applyHeading,
  applyIntro,
  applyChangeLine,
  applySkipped,
  applyStaleNote,
  applyConfirmOne,
  applyConfirmOther,
  applySummary,
  applyAnnouncement,
  applyToastDone,
  applyToastFailures,
  applyToastFailuresDetail,
  resultHeading,
  resultSucceeded,
  resultFailed,
  resultSucceededIcon,
  resultFailedIcon,
  runsHeading,
  runsCaption,
  runsColumnWhen,
  runsColumnWhat,
  runsColumnBy,
  runsColumnResult,
  runsEmpty,
  runCounts,
  runCountsReconcile,
  runModeApply,
  runModeFreeze,
  runModeUnfreeze,
  runModeDeactivate,
  runModeReactivate,
  runModeReconcile,
  freezeHeading,
  freezeConfirm,
  freezeWarning,
  freezeProgress,
  freezeDone,
  freezeFailed,
  unfreezeHeading,
  unfreezeConfirm,
  unfreezeWarning,
  unfreezeProgress,
  unfreezeDone,
  unfreezeFailed,
  deactivateHeading,
  deactivateConfirm,
  deactivateWarning,
  deactivateProgress,
  deactivateDone,
  deactivateFailed,
  reactivateHeading,
  reactivateConfirm,
  reactivateWarning,
  reactivateProgress,
  reactivateDone,
  reactivateFailed,
  statusNotCreated,
  statusReady,
  statusDrifted,
  statusFrozen,
  statusDeactivated,
  statusInactive,
  statusRetired,
  statusError,
  checkPassed,
  checkWarning,
  checkFailed,
  actionCreateUser,
  actionUpdateUser,
  actionAssignPermissionSetLicense,
  actionAssignPermissionSet,
  actionAssignPermissionSetGroup,
  actionRemoveAssignment,
  actionUnlistedAssignment,
  actionRemovePermissionSetLicense,
  actionFreezeUser,
  actionDeactivateUser,
  actionReactivateUser,
  blockerInvalidDefinition,
  blockerDuplicateUsername,
  blockerNoUserLicense,
  blockerNoPslSeats,
  blockerPermissionSetLicenseMissing,
  blockerProfileMissing,
  blockerProfileWrongLicense,
  blockerPermissionSetMissing,
  blockerPermissionSetWrongLicense,
  blockerPermissionSetGroupMissing,
  blockerUsernameTaken,
  blockerCannotFreeze,
  blockerObjectMissing,
  blockerFieldMissing,
  blockerOther,
  directionInbound,
  directionOutbound,
  directionBidirectional,
  dayMonday,
  dayTuesday,
  dayWednesday,
  dayThursday,
  dayFriday,
  daySaturday,
  daySunday,
  rangeTemplate,
  ipRangeTemplate,
  ipRangeDescription,
  loginHoursLine,
  loginHoursNoLogin,
  loginHoursAllDay,
  licencesIntro,
  licenceUserLong,
  licenceUserShort,
  licencePermissionSetLong,
  licencePermissionSetShort,
  licenceTotal,
  licenceUsed,
  licenceFree,
  licenceBarLabel,
  licenceOkIcon,
  licenceActionIcon,
  licenceMissing,
  licenceNoSeats,
  licenceOneSeat,
  licenceSeatsFree,
  licenceGuidanceTitle,
  licenceGuidanceDeactivate,
  licenceGuidanceSetup,
  licenceGuidanceBuy,
  profilesIntro,
  profilesEmpty,
  profileLicenceLine,
  profileBadgeIntegration,
  profileBadgeNotIntegration,
  profileMissing,
  profileWrongLicence,
  profileNoIpRanges,
  profileIpRangesTitle,
  profileLoginHoursTitle,
  profileAnyAddress,
  profileAnyTime,
  accessIntro,
  accessEmpty,
  accessNone,
  accessCaption,
  accessSources,
  accessSourcesWithGroups,
  accessDangerBadge,
  accessDangerTitle,
  accessDangerAdvice,
  accessObject,
  accessRead,
  accessCreate,
  accessEdit,
  accessDelete,
  accessViewAll,
  accessModifyAll,
  accessFields,
  accessGranted,
  accessNotGranted,
  accessGrantedDanger,
  accessGrantedShort,
  accessShowFields,
  accessHideFields,
  accessFieldsFor,
  accessFieldLine,
  accessReadableOne,
  accessReadableOther,
  accessEditableOne,
  accessEditableOther,
  accessFieldWhere,
  accessDeclaredRead,
  accessDeclaredEdit,
  accessDeclaredHeading,
  accessDeclaredNone,
  usersIntro,
  usersReadOnly,
  usersEmpty,
  userUsername,
  userProfile,
  userExternalSystem,
  userOwner,
  userDefinition,
  userDefinitionActive,
  userDefinitionInactive,
  userOwnerWithEmail,
  userOwnerMissing,
  userSystemWithDirection,
  userPendingHeading,
  userPendingLine,
  userPlanChanges,
  userPlanCreation,
  userActionName,
  userFreeze,
  userFreezeName,
  userUnfreeze,
  userUnfreezeName,
  userDeactivate,
  userDeactivateName,
  userReactivate,
  userReactivateName,
  sourceKillSwitch,
  sourceDefinition,
  sourceOutsideKit,
  userLastChange,
  userLastChangeRefused,
  userRetired,
  userRemovalReady,
  userAuthentication,
  authClientCredentials,
  authJwtBearer,
  authNone,
  authExternal,
  loginReady,
  loginNoUser,
  loginFrozen,
  loginDeactivated,
  monitoringIntro,
  monitoringApiHeading,
  monitoringApiSummary,
  monitoringApiBar,
  monitoringApiWarning,
  monitoringApiMissing,
  monitoringReviewHeading,
  monitoringNeverLoggedIn,
  monitoringDormant,
  monitoringNeverAdvice,
  monitoringDormantAdvice,
  checklistSummary,
  checklistEmpty,
  checklistGoTo,
  checklistGoToName,
  checklistNextHeading,
  checklistOpenOne,
  checklistOpenOther,
  checklistAllPassed,
  checklistRefresh,
  emptyTitle,
  emptyIntro,
  emptyRepoDescribe,
  emptyRepoDeploy,
  emptyRepoCommand,
  emptyRepoReload,
  emptyInOrg,
  emptyStillWorks,
  actionCreatePermissionSet,
  actionUpdatePermissionSetAccess,
  blockerPermissionSetNotKept,
  runModeDefine,
  runModeRetire,
  originOrg,
  originRepository,
  stepDefinitions,
  stepDefinitionsTitle,
  checkBadFormat,
  checkConfusable,
  checkControlCharacter,
  checkDuplicateItem,
  checkEmpty,
  checkInvisibleCharacter,
  checkJustificationBlank,
  checkPassedAnnouncement,
  checkRelationshipName,
  checkRequired,
  checkSurroundingSpace,
  checkTooFewItems,
  checkTooLong,
  checkTooShort,
  checkUnknownKey,
  checkWrongShape,
  checkWrongType,
  checkWrongValue,
  definitionsIntro,
  definitionsNoAuthoring,
  definitionsNew,
  definitionsRepositoryExplained,
  definitionsRepositoryNote,
  definitionsRetiredNote,
  definitionsApiName,
  definitionsApiNameTerm,
  definitionsStateTerm,
  definitionsStateActive,
  definitionsStateInactive,
  definitionsStateRetired,
  definitionsEdit,
  definitionsEditNamed,
  definitionsRetire,
  definitionsRetireNamed,
  deploySaving,
  deployRetiring,
  deployPolling,
  deploySavedHeading,
  deploySavedNext,
  deployRetiredHeading,
  deployRetiredNext,
  deployFailedHeading,
  deployFailedNext,
  deployGoToUsers,
  deployTimedOut,
  errorFormTitle,
  errorFieldsTitle,
  errorCheckTitle,
  errorSaveTitle,
  progressOpeningForm,
  progressOpeningDefinition,
  progressCheckingDefinition,
  progressSavingDefinition,
  progressRetiring,
  retireHeading,
  retireConfirm,
  retireWarning,
  retireFailed,
  formNewHeading,
  formEditHeading,
  formIntro,
  formProblemsOne,
  formProblemsOther,
  formWarningsOne,
  formWarningsOther,
  formGoToField,
  formIntegrationLegend,
  formName,
  formNameHelp,
  formLabel,
  formExternalSystem,
  formDirection,
  formDirectionInbound,
  formDirectionOutbound,
  formDirectionBidirectional,
  formOwnerName,
  formOwnerEmail,
  formJustification,
  formJustificationHelp,
  formUserLegend,
  formUsername,
  formUsernameHelp,
  formEmail,
  formFirstName,
  formLastName,
  formAlias,
  formTimeZone,
  formLocale,
  formLanguage,
  formProfileLegend,
  formProfile,
  formProfileHelp,
  formProfileStandard,
  formStandardProfileName,
  formCloneIntro,
  formCloneStepOpen,
  formCloneStepClone,
  formCloneStepRanges,
  formCloneStepHours,
  formCloneStepPick,
  formOpenProfiles,
  formRangesLegend,
  formRangesIntro,
  formNotVerified,
  formRangeNumber,
  formRangeStart,
  formRangeEnd,
  formRangeDescription,
  formRemoveRange,
  formAddRange,
  formHoursLegend,
  formHoursIntro,
  formHoursPlaceholder,
  formObjectsLegend,
  formObjectsIntro,
  formObjectField,
  formAccessOf,
  formObjectJustification,
  formObjectJustificationHelp,
  formReadFields,
  formEditFields,
  formFieldsAvailable,
  formFieldsSelected,
  formChooseFields,
  formFieldSummary,
  formRemoveObject,
  formRemove,
  formFindObject,
  formAddObjectNamed,
  formNoObjectMatches,
  formExtraLegend,
  formPermissionSets,
  formPermissionSetGroups,
  formOnePerLine,
  formLifecycleLegend,
  formActive,
  formWhenInactive,
  formWhenInactiveFreeze,
  formWhenInactiveDeactivate,
  formRemoveUnlisted,
  formAuthenticationLegend,
  formAuthenticationLater,
  formCheck,
  formCreate,
  formSaveChanges,
});
