/**
 * How many characters each text field of the definition record (Integration_User_Definition__mdt)
 * holds. The schema's length limits for the values written there and the checks on composed values
 * (lists, IP ranges) both read this one table; scripts/metadata/definition-record.test.ts checks it
 * against the field files in force-app/core, so it cannot drift from the type.
 */
export const RECORD_FIELD_LENGTHS = {
  Access_Justifications__c: 32768,
  Alias__c: 8,
  Business_Justification__c: 32768,
  Email_Encoding__c: 40,
  /** Email fields hold 80 characters (the platform's fixed length for the Email type). */
  Email__c: 80,
  Environment__c: 80,
  External_Client_App__c: 40,
  External_System__c: 255,
  First_Name__c: 40,
  Language__c: 40,
  Last_Name__c: 80,
  Locale__c: 40,
  Login_Hours__c: 32768,
  Login_Ip_Ranges__c: 32768,
  Object_Access__c: 32768,
  Owner_Email__c: 80,
  Owner_Name__c: 255,
  Permission_Set_Groups__c: 32768,
  Permission_Set_License__c: 80,
  Permission_Sets__c: 32768,
  Profile_Name__c: 255,
  Time_Zone__c: 80,
  Username__c: 255,
} as const satisfies Record<string, number>;

export type RecordTextField = keyof typeof RECORD_FIELD_LENGTHS;
