/** See build-define.mjs. */
export declare const BUILD_DEFINE: {__KYC_VERSION__: string};
