/**
 * The JSON API's types, generated from GET /api/openapi.json by `npm run api-types`.
 * Do not edit: change the server's schemas and regenerate (a test fails when this is stale).
 */
export interface paths {
    "/api/analytics/measures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The measures the analytics query knows: name, unit, labels, dimensions, period granularities
         * @description A measure that lists `period` with the `year` granularity also answers the `year` dimension (the period at year granularity, as a number).
         *
         *     Access: any signed-in user.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                description: {
                                    en: string;
                                    zh: string;
                                };
                                dimensions: string[];
                                /** @description The granularities its period dimension supports */
                                granularities: ("year" | "quarter" | "month")[];
                                label: {
                                    en: string;
                                    /** @description Uyghur; absent for configured data elements and indicators */
                                    ug?: string;
                                    zh: string;
                                };
                                module: string;
                                name: string;
                                /** @enum {string} */
                                unit: "count" | "fen" | "person-times";
                            }[];
                        };
                    };
                };
                /** @description Not signed in, or the session or token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The policy does not allow this action on this record */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/analytics/query": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Named measures, filtered and grouped, counted from the records the caller may see
         * @description Each measure is computed in the database from the records (never a typed-in total), limited to what the caller may see: the programme office and auditors everything, a donor editor its donors’ records and published ones, a recipient editor its areas’ records and published ones. Dimensions: programme, donor, area (area:<level>), period (at `granularity` year, quarter or month), year, projectType, stage, pairing (in-pair / cross-pair). Filters take the same keys: `programme`, `donor` (an organisation and its sub-organisations), `area` (its whole subtree), `period` (inclusive dates), `projectType`, `stage`, `pairing`. With no dimensions the answer is one row of totals; `totals: true` adds subtotal and grand-total rows (marked `_total`). An unknown measure, dimension, granularity or filter, or one a measure does not support, is a 422 naming the field (`measures.0`, `dimensions.1`, `granularity`, `filters.x`). No cache: the answer reads the records as they are at the request (a value written is in the next answer).
         *
         *     Access: any signed-in user.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description Group by: programme, donor, period, year, projectType, stage, pairing, area (prefecture) or area:<level> (province, prefecture, county, township, village). [] gives one row of totals. A donor is rolled up to its top organisation (the donor province or city). `period` keys are text at the `granularity`: `2024`, `2024-Q1`, `2024-03`; `year` is the period at year granularity as a number (not both). `pairing` keys are in-pair / cross-pair. Each measure lists the dimensions it supports (GET /api/analytics/measures); any other is a 422 naming the dimension.
                         * @default []
                         * @example [
                         *       "donor",
                         *       "period"
                         *     ]
                         */
                        dimensions?: string[];
                        /** @description Any of: programme, donor, area, period, projectType, stage, pairing. Other keys are refused. */
                        filters?: {
                            /**
                             * @description An area code: the area and its whole subtree
                             * @example 653201
                             */
                            area?: string;
                            /**
                             * @description An organisation code: the organisation and its sub-organisations
                             * @example 110000
                             */
                            donor?: string;
                            /** @description in-pair or cross-pair (打破对结); only for measures that list the pairing dimension */
                            pairing?: string;
                            /** @description Both dates inclusive; `from` not after `to` */
                            period?: {
                                /**
                                 * Format: date
                                 * @description From 1949-01-01 to 2100-12-31
                                 * @example 2024-12-31
                                 */
                                from: string;
                                /**
                                 * Format: date
                                 * @description From 1949-01-01 to 2100-12-31
                                 * @example 2024-12-31
                                 */
                                to: string;
                            };
                            /** @example xinjiang */
                            programme?: string;
                            /** @description A project type code (GET /api/project-types); only for measures that list the projectType dimension */
                            projectType?: string;
                            /** @description A project stage; only for measures that list the stage dimension */
                            stage?: string;
                        } & {
                            [key: string]: unknown;
                        };
                        /**
                         * @description How finely the `period` dimension is keyed: year, quarter, month (default year). An unknown one, or one a measure cannot key by (a record kept per year cannot give quarters), is a 422 naming `granularity`.
                         * @example quarter
                         */
                        granularity?: string;
                        /**
                         * @description Measure names (GET /api/analytics/measures lists them)
                         * @example [
                         *       "committed_fen",
                         *       "projects"
                         *     ]
                         */
                        measures: string[];
                        /**
                         * @description With dimensions: add a subtotal row after each first-dimension key (with two dimensions or more) and a last grand-total row, marked `_total: "subtotal"` / `"grand"`, the dimensions they sum over null. Totals are counted by the measures (a person, or a project in two areas, once), from the records the caller may see — never added up from rows, so rows may add up to more.
                         * @default false
                         */
                        totals?: boolean;
                    };
                };
            };
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Configured data elements and indicators (decision 0048) answer by their codes: an element in fen (money), basis points (percentage) or its unit (number), an indicator rounded to its decimals; a cell is null when an input is missing or a divisor is 0, and each such cell is listed here with its keys. */
                            notes?: {
                                /** @description The inputs without a value */
                                inputs: string[];
                                keys: {
                                    [key: string]: string | number | null;
                                };
                                measure: string;
                                /** @description `missing` (an input has no value) or `divisionByZero` */
                                reason: string;
                            }[];
                            /**
                             * @description One row per combination of dimension keys (one row when there are none): each dimension’s key and each measure’s value (fen for *_fen measures, counts otherwise; an exact integer, which may exceed 2^53). With `totals`, subtotal and grand-total rows carry `_total`.
                             * @example [
                             *       {
                             *         "donor": "110000",
                             *         "period": "2024",
                             *         "committed_fen": 120000000,
                             *         "projects": 12
                             *       },
                             *       {
                             *         "donor": null,
                             *         "period": null,
                             *         "committed_fen": 120000000,
                             *         "projects": 12,
                             *         "_total": "grand"
                             *       }
                             *     ]
                             */
                            rows: {
                                [key: string]: number | string | null;
                            }[];
                        };
                    };
                };
                /** @description Not signed in, or the session or token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The policy does not allow this action on this record */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/areas": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search the area tree by code, name, pinyin or initials */
        get: {
            parameters: {
                query?: {
                    /** @description Only areas valid on this date */
                    date?: string;
                    level?: "province" | "prefecture" | "county" | "township" | "village";
                    limit?: number;
                    offset?: number;
                    /** @description Direct children of this area */
                    parent?: string;
                    /** @description Code prefix, name, pinyin or pinyin initials (case-insensitive) */
                    q?: string;
                    /** @description Every descendant of this area */
                    within?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @description Names of the ancestors, province first (to tell namesakes apart) */
                                ancestorNames: string[];
                                /** @description The same in English */
                                ancestorNamesEn: string[];
                                code: string;
                                /** @description Whether any area sits below it */
                                hasChildren: boolean;
                                initials: string;
                                kind: string | null;
                                /** @enum {string} */
                                level: "province" | "prefecture" | "county" | "township" | "village";
                                name: string;
                                /** @description The English name (和田地区 → Hotan Prefecture); else its pinyin */
                                nameEn: string;
                                namePinyin: string;
                                parentCode: string | null;
                                xpccDivision: string | null;
                            }[];
                            total: number;
                        };
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Add an area (e.g. a county created after the 2023 edition)
         * @description Access: policy `areas.write`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description GB/T 2260 code; unpadded forms are accepted
                         * @example 653201
                         */
                        code: string;
                        /** @description Default: the first letter of each word */
                        initials?: string;
                        kind?: string | null;
                        /**
                         * @description Default: the level the code implies
                         * @enum {string}
                         */
                        level?: "province" | "prefecture" | "county" | "township" | "village";
                        name: string;
                        /** @description The English name (和安县 → He’an County); default: the pinyin */
                        nameEn?: string;
                        namePinyin: string;
                        /**
                         * @description Default: the parent the code implies
                         * @example 653201
                         */
                        parentCode?: string;
                        validFrom?: string | null;
                        validTo?: string | null;
                        xpccDivision?: string | null;
                    };
                };
            };
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description From the province down to the parent */
                            ancestors: {
                                code: string;
                                /** @enum {string} */
                                level: "province" | "prefecture" | "county" | "township" | "village";
                                name: string;
                                /** @description The English name (和田地区 → Hotan Prefecture) */
                                nameEn: string;
                            }[];
                            children: {
                                code: string;
                                kind: string | null;
                                /** @enum {string} */
                                level: "province" | "prefecture" | "county" | "township" | "village";
                                name: string;
                                /** @description The English name (和田地区 → Hotan Prefecture) */
                                nameEn: string;
                            }[];
                            code: string;
                            donors: {
                                code: string;
                                name: string;
                                nameEn: string;
                                pairingId: number;
                                programme: string;
                                sub: boolean;
                                via: {
                                    code: string;
                                    /** @enum {string} */
                                    level: "province" | "prefecture" | "county" | "township" | "village";
                                    name: string;
                                    /** @description The English name (和田地区 → Hotan Prefecture) */
                                    nameEn: string;
                                };
                            }[];
                            initials: string;
                            kind: string | null;
                            /** @enum {string} */
                            level: "province" | "prefecture" | "county" | "township" | "village";
                            name: string;
                            /** @description The English name (和田地区 → Hotan Prefecture); else its pinyin */
                            nameEn: string;
                            namePinyin: string;
                            parent: {
                                code: string;
                                /** @enum {string} */
                                level: "province" | "prefecture" | "county" | "township" | "village";
                                name: string;
                                /** @description The English name (和田地区 → Hotan Prefecture) */
                                nameEn: string;
                            } | null;
                            validFrom: string | null;
                            validTo: string | null;
                            version: number;
                            xpccDivision: string | null;
                        };
                    };
                };
                /** @description Not signed in, or the session or token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The policy does not allow this action on this record */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/areas/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An area with its ancestors, children and donors on a date */
        get: {
            parameters: {
                query?: {
                    /** @description Donors on this date; default today (UTC) */
                    date?: string;
                };
                header?: never;
                path: {
                    /** @description GB/T 2260 code; unpadded forms are accepted */
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description From the province down to the parent */
                            ancestors: {
                                code: string;
                                /** @enum {string} */
                                level: "province" | "prefecture" | "county" | "township" | "village";
                                name: string;
                                /** @description The English name (和田地区 → Hotan Prefecture) */
                                nameEn: string;
                            }[];
                            children: {
                                code: string;
                                kind: string | null;
                                /** @enum {string} */
                                level: "province" | "prefecture" | "county" | "township" | "village";
                                name: string;
                                /** @description The English name (和田地区 → Hotan Prefecture) */
                                nameEn: string;
                            }[];
                            code: string;
                            donors: {
                                code: string;
                                name: string;
                                nameEn: string;
                                pairingId: number;
                                programme: string;
                                sub: boolean;
                                via: {
                                    code: string;
                                    /** @enum {string} */
                                    level: "province" | "prefecture" | "county" | "township" | "village";
                                    name: string;
                                    /** @description The English name (和田地区 → Hotan Prefecture) */
                                    nameEn: string;
                                };
                            }[];
                            initials: string;
                            kind: string | null;
                            /** @enum {string} */
                            level: "province" | "prefecture" | "county" | "township" | "village";
                            name: string;
                            /** @description The English name (和田地区 → Hotan Prefecture); else its pinyin */
                            nameEn: string;
                            namePinyin: string;
                            parent: {
                                code: string;
                                /** @enum {string} */
                                level: "province" | "prefecture" | "county" | "township" | "village";
                                name: string;
                                /** @description The English name (和田地区 → Hotan Prefecture) */
                                nameEn: string;
                            } | null;
                            validFrom: string | null;
                            validTo: string | null;
                            version: number;
                            xpccDivision: string | null;
                        };
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Rename, re-date or retire an area
         * @description Access: policy `areas.write`.
         */
        patch: {
            parameters: {
                query?: never;
                header?: {
                    "if-match"?: string;
                };
                path: {
                    /** @description GB/T 2260 code; unpadded forms are accepted */
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        initials?: string;
                        kind?: string | null;
                        name?: string;
                        nameEn?: string;
                        namePinyin?: string;
                        validFrom?: string | null;
                        /** @description Set to retire the area */
                        validTo?: string | null;
                        xpccDivision?: string | null;
                    };
                };
            };
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description From the province down to the parent */
                            ancestors: {
                                code: string;
                                /** @enum {string} */
                                level: "province" | "prefecture" | "county" | "township" | "village";
                                name: string;
                                /** @description The English name (和田地区 → Hotan Prefecture) */
                                nameEn: string;
                            }[];
                            children: {
                                code: string;
                                kind: string | null;
                                /** @enum {string} */
                                level: "province" | "prefecture" | "county" | "township" | "village";
                                name: string;
                                /** @description The English name (和田地区 → Hotan Prefecture) */
                                nameEn: string;
                            }[];
                            code: string;
                            donors: {
                                code: string;
                                name: string;
                                nameEn: string;
                                pairingId: number;
                                programme: string;
                                sub: boolean;
                                via: {
                                    code: string;
                                    /** @enum {string} */
                                    level: "province" | "prefecture" | "county" | "township" | "village";
                                    name: string;
                                    /** @description The English name (和田地区 → Hotan Prefecture) */
                                    nameEn: string;
                                };
                            }[];
                            initials: string;
                            kind: string | null;
                            /** @enum {string} */
                            level: "province" | "prefecture" | "county" | "township" | "village";
                            name: string;
                            /** @description The English name (和田地区 → Hotan Prefecture); else its pinyin */
                            nameEn: string;
                            namePinyin: string;
                            parent: {
                                code: string;
                                /** @enum {string} */
                                level: "province" | "prefecture" | "county" | "township" | "village";
                                name: string;
                                /** @description The English name (和田地区 → Hotan Prefecture) */
                                nameEn: string;
                            } | null;
                            validFrom: string | null;
                            validTo: string | null;
                            version: number;
                            xpccDivision: string | null;
                        };
                    };
                };
                /** @description Not signed in, or the session or token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The policy does not allow this action on this record */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/areas/{code}/funds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An area’s projects, funds by donor and year (in-pair, cross-pair) and the donors of its subtree */
        get: {
            parameters: {
                query?: {
                    /** @description Donors paired on this date; default today */
                    date?: string;
                    programme?: string;
                };
                header?: never;
                path: {
                    /** @description GB/T 2260 code; unpadded forms are accepted */
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            area: {
                                code: string;
                                /** @enum {string} */
                                level: "province" | "prefecture" | "county" | "township" | "village";
                                name: string;
                                /** @description The English name (和田地区 → Hotan Prefecture) */
                                nameEn: string;
                            };
                            /** @description Donors paired with the area, an ancestor or any area below it */
                            donors: {
                                /** @description Where in the subtree (or above) it is paired */
                                areas: {
                                    code: string;
                                    /** @enum {string} */
                                    level: "province" | "prefecture" | "county" | "township" | "village";
                                    name: string;
                                    /** @description The English name (和田地区 → Hotan Prefecture) */
                                    nameEn: string;
                                }[];
                                code: string;
                                name: string;
                                nameEn: string;
                                sub: boolean;
                            }[];
                            /** @description Actual disbursements located in the area or below, per donor and year, split in-pair and cross-pair exactly as the two 80% rules split them (a project partly elsewhere counts its locations here) */
                            funds: {
                                /** @description Integer fen (0.01 yuan), exact: a sum that may exceed 2^53 */
                                crossPairFen: number;
                                donor: {
                                    code: string;
                                    name: string;
                                    nameEn: string;
                                };
                                /** @description Integer fen (0.01 yuan), exact: a sum that may exceed 2^53 */
                                inPairFen: number;
                                projects: number;
                                /** @description Integer fen (0.01 yuan), exact: a sum that may exceed 2^53 */
                                totalFen: number;
                                year: number;
                            }[];
                            programme: string;
                            projects: {
                                /** @description Projects located in the area or below it */
                                count: number;
                                latest: {
                                    /** @description Integer fen (0.01 yuan) */
                                    budgetFen: number;
                                    code: string;
                                    leadDonor: {
                                        code: string;
                                        name: string;
                                        nameEn: string;
                                    };
                                    name: string;
                                    nameEn: string | null;
                                    /** @enum {string} */
                                    stage: "reserve" | "approved" | "tendering" | "started" | "completed" | "accepted" | "audited" | "evaluated" | "suspended" | "cancelled";
                                    year: number;
                                }[];
                            };
                        };
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/companies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Companies the caller may see, newest signed first
         * @description Access: policy `companies.read`.
         */
        get: {
            parameters: {
                query?: {
                    /** @description GB/T 2260 code; unpadded forms are accepted */
                    area?: string;
                    donor?: string;
                    industry?: string;
                    limit?: number;
                    offset?: number;
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                area: {
                                    code: string;
                                    name: string;
                                    nameEn: string;
                                };
                                can: {
                                    assignOfficer: boolean;
                                    history: boolean;
                                    openCase: boolean;
                                    update: boolean;
                                };
                                createdAt: string;
                                creditCode: string;
                                donor: {
                                    code: string;
                                    name: string;
                                    nameEn: string;
                                };
                                id: number;
                                industry: string;
                                investmentArrivedFen: number;
                                investmentPlannedFen: number;
                                jobsActual: number;
                                jobsPlanned: number;
                                localHires: number;
                                name: string;
                                note: string | null;
                                /** @description The chief service officer serving now */
                                officer: {
                                    contact: string | null;
                                    endOn: string | null;
                                    id: number;
                                    name: string;
                                    organisation: string | null;
                                    startOn: string;
                                } | null;
                                programme: string;
                                publishedAt: string | null;
                                signedOn: string;
                                updatedAt: string;
                                version: number;
                            }[];
                            total: number;
                        };
                    };
                };
                /** @description Not signed in, or the session or token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The policy does not allow this action on this record */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Record a company brought in (credit code checked, GB 32100)
         * @description Access: policy `companies.write`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description Where the company is located
                         * @example 653201
                         */
                        area: string;
                        /** @description Unified social credit code (GB 32100, check character verified) */
                        creditCode: string;
                        /**
                         * @description The donor that brought the company in
                         * @example 110000
                         */
                        donor: string;
                        industry: string;
                        /**
                         * @description Investment arrived (到位), integer fen
                         * @example 100000000
                         */
                        investmentArrivedFen: number;
                        /**
                         * @description Investment planned, integer fen
                         * @example 100000000
                         */
                        investmentPlannedFen: number;
                        jobsActual: number;
                        jobsPlanned: number;
                        /** @description Of the actual jobs, those held by local people */
                        localHires: number;
                        name: string;
                        note?: string | null;
                        /**
                         * @default xinjiang
                         * @example xinjiang
                         */
                        programme?: string;
                        /** @default false */
                        published?: boolean;
                        /**
                         * Format: date
                         * @description Signed or registered: the date measures count it on
                         * @example 2024-12-31
                         */
                        signedOn: string;
                    };
                };
            };
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            area: {
                                code: string;
                                name: string;
                                nameEn: string;
                            };
                            can: {
                                assignOfficer: boolean;
                                history: boolean;
                                openCase: boolean;
                                update: boolean;
                            };
                            cases: {
                                /** @description Open with no response after the deadline */
                                late: number;
                                /** @description Open or in progress */
                                open: number;
                                total: number;
                            };
                            createdAt: string;
                            creditCode: string;
                            donor: {
                                code: string;
                                name: string;
                                nameEn: string;
                            };
                            id: number;
                            industry: string;
                            investmentArrivedFen: number;
                            investmentPlannedFen: number;
                            jobsActual: number;
                            jobsPlanned: number;
                            localHires: number;
                            name: string;
                            note: string | null;
                            /** @description The chief service officer serving now */
                            officer: {
                                contact: string | null;
                                endOn: string | null;
                                id: number;
                                name: string;
                                organisation: string | null;
                                startOn: string;
                            } | null;
                            /** @description Every officer, newest first */
                            officers: {
                                contact: string | null;
                                endOn: string | null;
                                id: number;
                                name: string;
                                organisation: string | null;
                                startOn: string;
                            }[];
                            programme: string;
                            publishedAt: string | null;
                            signedOn: string;
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
                /** @description Not signed in, or the session or token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The policy does not allow this action on this record */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/companies/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One company with its officers and its cases counted
         * @description Access: policy `companies.read`.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            area: {
                                code: string;
                                name: string;
                                nameEn: string;
                            };
                            can: {
                                assignOfficer: boolean;
                                history: boolean;
                                openCase: boolean;
                                update: boolean;
                            };
                            cases: {
                                /** @description Open with no response after the deadline */
                                late: number;
                                /** @description Open or in progress */
                                open: number;
                                total: number;
                            };
                            createdAt: string;
                            creditCode: string;
                            donor: {
                                code: string;
                                name: string;
                                nameEn: string;
                            };
                            id: number;
                            industry: string;
                            investmentArrivedFen: number;
                            investmentPlannedFen: number;
                            jobsActual: number;
                            jobsPlanned: number;
                            localHires: number;
                            name: string;
                            note: string | null;
                            /** @description The chief service officer serving now */
                            officer: {
                                contact: string | null;
                                endOn: string | null;
                                id: number;
                                name: string;
                                organisation: string | null;
                                startOn: string;
                            } | null;
                            /** @description Every officer, newest first */
                            officers: {
                                contact: string | null;
                                endOn: string | null;
                                id: number;
                                name: string;
                                organisation: string | null;
                                startOn: string;
                            }[];
                            programme: string;
                            publishedAt: string | null;
                            signedOn: string;
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
                /** @description Not signed in, or the session or token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The policy does not allow this action on this record */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a company (If-Match: 409 when stale)
         * @description Access: policy `companies.write`.
         */
        patch: {
            parameters: {
                query?: never;
                header?: {
                    "if-match"?: string;
                };
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description Where the company is located
                         * @example 653201
                         */
                        area?: string;
                        /** @description Unified social credit code (GB 32100, check character verified) */
                        creditCode?: string;
                        /**
                         * @description The donor that brought the company in
                         * @example 110000
                         */
                        donor?: string;
                        industry?: string;
                        /**
                         * @description Investment arrived (到位), integer fen
                         * @example 100000000
                         */
                        investmentArrivedFen?: number;
                        /**
                         * @description Investment planned, integer fen
                         * @example 100000000
                         */
                        investmentPlannedFen?: number;
                        jobsActual?: number;
                        jobsPlanned?: number;
                        /** @description Of the actual jobs, those held by local people */
                        localHires?: number;
                        name?: string;
                        note?: string | null;
                        published?: boolean;
                        /**
                         * Format: date
                         * @description Signed or registered: the date measures count it on
                         * @example 2024-12-31
                         */
                        signedOn?: string;
                    };
                };
            };
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            area: {
                                code: string;
                                name: string;
                                nameEn: string;
                            };
                            can: {
                                assignOfficer: boolean;
                                history: boolean;
                                openCase: boolean;
                                update: boolean;
                            };
                            cases: {
                                /** @description Open with no response after the deadline */
                                late: number;
                                /** @description Open or in progress */
                                open: number;
                                total: number;
                            };
                            createdAt: string;
                            creditCode: string;
                            donor: {
                                code: string;
                                name: string;
                                nameEn: string;
                            };
                            id: number;
                            industry: string;
                            investmentArrivedFen: number;
                            investmentPlannedFen: number;
                            jobsActual: number;
                            jobsPlanned: number;
                            localHires: number;
                            name: string;
                            note: string | null;
                            /** @description The chief service officer serving now */
                            officer: {
                                contact: string | null;
                                endOn: string | null;
                                id: number;
                                name: string;
                                organisation: string | null;
                                startOn: string;
                            } | null;
                            /** @description Every officer, newest first */
                            officers: {
                                contact: string | null;
                                endOn: string | null;
                                id: number;
                                name: string;
                                organisation: string | null;
                                startOn: string;
                            }[];
                            programme: string;
                            publishedAt: string | null;
                            signedOn: string;
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
                /** @description Not signed in, or the session or token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The policy does not allow this action on this record */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/companies/{id}/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Open a case (诉求) for the company
         * @description Access: policy `companies.write`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        category: "land" | "permits" | "financing" | "labour" | "logistics" | "utilities" | "policy" | "other";
                        description: string;
                        /**
                         * Format: date-time
                         * @description When the company asked (default: now)
                         * @example 2026-11-30T02:00:00Z
                         */
                        openedAt?: string;
                    };
                };
            };
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            area: {
                                code: string;
                                name: string;
                                nameEn: string;
                            };
                            can: {
                                /** @description The statuses the caller may move the case to now */
                                moveTo: ("open" | "in_progress" | "resolved" | "closed" | "rejected")[];
                                respond: boolean;
                            };
                            /** @enum {string} */
                            category: "land" | "permits" | "financing" | "labour" | "logistics" | "utilities" | "policy" | "other";
                            closedAt: string | null;
                            company: {
                                id: number;
                                name: string;
                            };
                            description: string;
                            donor: {
                                code: string;
                                name: string;
                                nameEn: string;
                            };
                            firstResponseAt: string | null;
                            id: number;
                            /** @description No response after the deadline in working days */
                            late: boolean;
                            officer: {
                                id: number;
                                name: string;
                            } | null;
                            openedAt: string;
                            rejectionReason: string | null;
                            resolutionWorkingDays: number | null;
                            resolvedAt: string | null;
                            responses: {
                                createdBy: string;
                                id: number;
                                respondedAt: string;
                                responder: string;
                                text: string;
                            }[];
                            /** @description Working days (Mon–Fri, China) from opening to the first response */
                            responseWorkingDays: number | null;
                            /** @enum {string} */
                            status: "open" | "in_progress" | "resolved" | "closed" | "rejected";
                            version: number;
                        };
                    };
                };
                /** @description Not signed in, or the session or token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The policy does not allow this action on this record */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/companies/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The change history of a company and its cases, newest first
         * @description Access: policy `companies.history`.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                action: string;
                                actor: string;
                                /** @description The person's display name; null for the system */
                                actorName: string | null;
                                after: unknown;
                                at: string;
                                before: unknown;
                                changes: ({
                                    after: string | null;
                                    before: string | null;
                                    field: string;
                                    /** @enum {string} */
                                    kind: "text";
                                } | {
                                    after: number | null;
                                    before: number | null;
                                    field: string;
                                    /** @enum {string} */
                                    kind: "money";
                                } | {
                                    after: string | null;
                                    before: string | null;
                                    field: string;
                                    /** @enum {string} */
                                    kind: "date";
                                } | {
                                    after: string | null;
                                    before: string | null;
                                    field: string;
                                    /** @enum {string} */
                                    kind: "published";
                                } | {
                                    after: boolean | null;
                                    before: boolean | null;
                                    field: string;
                                    /** @enum {string} */
                                    kind: "flag";
                                } | {
                                    after: number | null;
                                    before: number | null;
                                    field: string;
                                    /** @enum {string} */
                                    kind: "number";
                                } | {
                                    after: {
                                        en: string | null;
                                        zh: string;
                                    } | null;
                                    before: {
                                        en: string | null;
                                        zh: string;
                                    } | null;
                                    field: string;
                                    /** @enum {string} */
                                    kind: "name";
                                } | {
                                    after: {
                                        en: string | null;
                                        zh: string;
                                    }[] | null;
                                    before: {
                                        en: string | null;
                                        zh: string;
                                    }[] | null;
                                    field: string;
                                    /** @enum {string} */
                                    kind: "names";
                                } | {
                                    after: string | null;
                                    before: string | null;
                                    field: string;
                                    /** @enum {string} */
                                    kind: "enum";
                                } | {
                                    after: number | null;
                                    before: number | null;
                                    field: string;
                                    /** @enum {string} */
                                    kind: "items";
                                } | {
                                    after: null;
                                    before: null;
                                    field: string;
                                    /** @enum {string} */
                                    kind: "reference";
                                })[];
                                entityId: string;
                                entityType: string;
                                id: number;
                            }[];
                        };
                    };
                };
                /** @description Not signed in, or the session or token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The policy does not allow this action on this record */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/companies/{id}/officers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Assign a chief service officer from a date (the current one ends the day before)
         * @description Access: policy `companies.write`.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    "if-match"?: string;
                };
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        contact?: string | null;
                        name: string;
                        organisation?: string | null;
                        /**
                         * Format: date
                         * @description From 1949-01-01 to 2100-12-31
                         * @example 2024-12-31
                         */
                        startOn: string;
                    };
                };
            };
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            area: {
                                code: string;
                                name: string;
                                nameEn: string;
                            };
                            can: {
                                assignOfficer: boolean;
                                history: boolean;
                                openCase: boolean;
                                update: boolean;
                            };
                            cases: {
                                /** @description Open with no response after the deadline */
                                late: number;
                                /** @description Open or in progress */
                                open: number;
                                total: number;
                            };
                            createdAt: string;
                            creditCode: string;
                            donor: {
                                code: string;
                                name: string;
                                nameEn: string;
                            };
                            id: number;
                            industry: string;
                            investmentArrivedFen: number;
                            investmentPlannedFen: number;
                            jobsActual: number;
                            jobsPlanned: number;
                            localHires: number;
                            name: string;
                            note: string | null;
                            /** @description The chief service officer serving now */
                            officer: {
                                contact: string | null;
                                endOn: string | null;
                                id: number;
                                name: string;
                                organisation: string | null;
                                startOn: string;
                            } | null;
                            /** @description Every officer, newest first */
                            officers: {
                                contact: string | null;
                                endOn: string | null;
                                id: number;
                                name: string;
                                organisation: string | null;
                                startOn: string;
                            }[];
                            programme: string;
                            publishedAt: string | null;
                            signedOn: string;
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
                /** @description Not signed in, or the session or token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The policy does not allow this action on this record */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/company-cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The case board: cases the caller may see, newest first
         * @description Access: policy `companies.read`.
         */
        get: {
            parameters: {
                query?: {
                    /** @description GB/T 2260 code; unpadded forms are accepted */
                    area?: string;
                    company?: number;
                    donor?: string;
                    /** @description Only cases late for a first response */
                    late?: "0" | "1" | "true" | "false";
                    limit?: number;
                    offset?: number;
                    status?: "open" | "in_progress" | "resolved" | "closed" | "rejected";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            deadlineWorkingDays: number;
                            items: {
                                area: {
                                    code: string;
                                    name: string;
                                    nameEn: string;
                                };
                                can: {
                                    /** @description The statuses the caller may move the case to now */
                                    moveTo: ("open" | "in_progress" | "resolved" | "closed" | "rejected")[];
                                    respond: boolean;
                                };
                                /** @enum {string} */
                                category: "land" | "permits" | "financing" | "labour" | "logistics" | "utilities" | "policy" | "other";
                                closedAt: string | null;
                                company: {
                                    id: number;
                                    name: string;
                                };
                                description: string;
                                donor: {
                                    code: string;
                                    name: string;
                                    nameEn: string;
                                };
                                firstResponseAt: string | null;
                                id: number;
                                /** @description No response after the deadline in working days */
                                late: boolean;
                                officer: {
                                    id: number;
                                    name: string;
                                } | null;
                                openedAt: string;
                                rejectionReason: string | null;
                                resolutionWorkingDays: number | null;
                                resolvedAt: string | null;
                                /** @description Working days (Mon–Fri, China) from opening to the first response */
                                responseWorkingDays: number | null;
                                /** @enum {string} */
                                status: "open" | "in_progress" | "resolved" | "closed" | "rejected";
                                version: number;
                            }[];
                            total: number;
                        };
                    };
                };
                /** @description Not signed in, or the session or token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The policy does not allow this action on this record */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/company-cases/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One case with its responses
         * @description Access: policy `companies.read`.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            area: {
                                code: string;
                                name: string;
                                nameEn: string;
                            };
                            can: {
                                /** @description The statuses the caller may move the case to now */
                                moveTo: ("open" | "in_progress" | "resolved" | "closed" | "rejected")[];
                                respond: boolean;
                            };
                            /** @enum {string} */
                            category: "land" | "permits" | "financing" | "labour" | "logistics" | "utilities" | "policy" | "other";
                            closedAt: string | null;
                            company: {
                                id: number;
                                name: string;
                            };
                            description: string;
                            donor: {
                                code: string;
                                name: string;
                                nameEn: string;
                            };
                            firstResponseAt: string | null;
                            id: number;
                            /** @description No response after the deadline in working days */
                            late: boolean;
                            officer: {
                                id: number;
                                name: string;
                            } | null;
                            openedAt: string;
                            rejectionReason: string | null;
                            resolutionWorkingDays: number | null;
                            resolvedAt: string | null;
                            responses: {
                                createdBy: string;
                                id: number;
                                respondedAt: string;
                                responder: string;
                                text: string;
                            }[];
                            /** @description Working days (Mon–Fri, China) from opening to the first response */
                            responseWorkingDays: number | null;
                            /** @enum {string} */
                            status: "open" | "in_progress" | "resolved" | "closed" | "rejected";
                            version: number;
                        };
                    };
                };
                /** @description Not signed in, or the session or token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The policy does not allow this action on this record */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/company-cases/{id}/responses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record a response (the first moves an open case to in progress)
         * @description Access: policy `companies.write`.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    "if-match"?: string;
                };
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: date-time
                         * @description When (default: now)
                         * @example 2026-11-30T02:00:00Z
                         */
                        respondedAt?: string;
                        /** @description Who responded (the officer, a department …) */
                        responder: string;
                        text: string;
                    };
                };
            };
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            area: {
                                code: string;
                                name: string;
                                nameEn: string;
                            };
                            can: {
                                /** @description The statuses the caller may move the case to now */
                                moveTo: ("open" | "in_progress" | "resolved" | "closed" | "rejected")[];
                                respond: boolean;
                            };
                            /** @enum {string} */
                            category: "land" | "permits" | "financing" | "labour" | "logistics" | "utilities" | "policy" | "other";
                            closedAt: string | null;
                            company: {
                                id: number;
                                name: string;
                            };
                            description: string;
                            donor: {
                                code: string;
                                name: string;
                                nameEn: string;
                            };
                            firstResponseAt: string | null;
                            id: number;
                            /** @description No response after the deadline in working days */
                            late: boolean;
                            officer: {
                                id: number;
                                name: string;
                            } | null;
                            openedAt: string;
                            rejectionReason: string | null;
                            resolutionWorkingDays: number | null;
                            resolvedAt: string | null;
                            responses: {
                                createdBy: string;
                                id: number;
                                respondedAt: string;
                                responder: string;
                                text: string;
                            }[];
                            /** @description Working days (Mon–Fri, China) from opening to the first response */
                            responseWorkingDays: number | null;
                            /** @enum {string} */
                            status: "open" | "in_progress" | "resolved" | "closed" | "rejected";
                            version: number;
                        };
                    };
                };
                /** @description Not signed in, or the session or token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The policy does not allow this action on this record */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/company-cases/{id}/transitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move a case: in progress, resolved, closed (after a response), rejected (reason)
         * @description Access: policy `companies.write`.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    "if-match"?: string;
                };
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Required to reject */
                        reason?: string;
                        /** @enum {string} */
                        to: "open" | "in_progress" | "resolved" | "closed" | "rejected";
                    };
                };
            };
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            area: {
                                code: string;
                                name: string;
                                nameEn: string;
                            };
                            can: {
                                /** @description The statuses the caller may move the case to now */
                                moveTo: ("open" | "in_progress" | "resolved" | "closed" | "rejected")[];
                                respond: boolean;
                            };
                            /** @enum {string} */
                            category: "land" | "permits" | "financing" | "labour" | "logistics" | "utilities" | "policy" | "other";
                            closedAt: string | null;
                            company: {
                                id: number;
                                name: string;
                            };
                            description: string;
                            donor: {
                                code: string;
                                name: string;
                                nameEn: string;
                            };
                            firstResponseAt: string | null;
                            id: number;
                            /** @description No response after the deadline in working days */
                            late: boolean;
                            officer: {
                                id: number;
                                name: string;
                            } | null;
                            openedAt: string;
                            rejectionReason: string | null;
                            resolutionWorkingDays: number | null;
                            resolvedAt: string | null;
                            responses: {
                                createdBy: string;
                                id: number;
                                respondedAt: string;
                                responder: string;
                                text: string;
                            }[];
                            /** @description Working days (Mon–Fri, China) from opening to the first response */
                            responseWorkingDays: number | null;
                            /** @enum {string} */
                            status: "open" | "in_progress" | "resolved" | "closed" | "rejected";
                            version: number;
                        };
                    };
                };
                /** @description Not signed in, or the session or token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The policy does not allow this action on this record */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/company-cases/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Working days without a response before a case is late
         * @description Access: policy `companies.read`.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            responseWorkingDays: number;
                        };
                    };
                };
                /** @description Not signed in, or the session or token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The policy does not allow this action on this record */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        /**
         * Change the response deadline in working days (programme office)
         * @description Access: policy `companies.settings`.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        responseWorkingDays: number;
                    };
                };
            };
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            responseWorkingDays: number;
                        };
                    };
                };
                /** @description Not signed in, or the session or token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The policy does not allow this action on this record */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/company-cases/times": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Response and resolution times in working days, per officer, donor or area
         * @description Access: policy `companies.read`.
         */
        get: {
            parameters: {
                query?: {
                    /** @description GB/T 2260 code; unpadded forms are accepted */
                    area?: string;
                    by?: "officer" | "donor" | "area";
                    donor?: string;
                    /** @description groups per page, most cases first (decision 0042) */
                    limit?: number;
                    offset?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            by: "officer" | "donor" | "area";
                            rows: {
                                avgResolutionWorkingDays: number | null;
                                avgResponseWorkingDays: number | null;
                                cases: number;
                                key: string;
                                late: number;
                                name: string;
                                /** @description English name of a donor or area; empty for an officer */
                                nameEn: string;
                                resolved: number;
                                responded: number;
                            }[];
                            /** @description groups in all (officers, donors or areas with a case); rows is one page */
                            total: number;
                        };
                    };
                };
                /** @description Not signed in, or the session or token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The policy does not allow this action on this record */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/compliance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The two 80% rules for every donor you may see, for a programme and year
         * @description Access: policy `compliance.read`.
         */
        get: {
            parameters: {
                query: {
                    /** @description plan: planned funds of the donor’s annual plan (any status); actual: actual disbursements dated in the year */
                    basis: "plan" | "actual";
                    /** @description Only this donor */
                    donor?: string;
                    programme: string;
                    /** @description Default: the latest year with money on the basis (the current year when there is none) */
                    year?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * @description plan: planned funds of the donor’s annual plan (any status); actual: actual disbursements dated in the year
                             * @enum {string}
                             */
                            basis: "plan" | "actual";
                            items: {
                                /** @description Basis points, rounded down: 8000 = 80% */
                                countyAndBelowBp: number;
                                /** @description Integer fen (0.01 yuan), exact: a sum that may exceed 2^53 */
                                countyAndBelowFen: number;
                                /** @description null when no thresholds apply in the year or the total is 0 */
                                countyAndBelowOk: boolean | null;
                                /** @description Funds at locations where the donor works cross-pair */
                                crossPairFen: number;
                                /** @description How many projects pull each failing rule down (0 for a passing rule) */
                                culpritCount: {
                                    countyAndBelow: number;
                                    livelihood: number;
                                };
                                /** @description For a failing rule: the projects pulling it down, largest first (the report lists the first 10; the donor drill-down lists all) */
                                culprits: {
                                    countyAndBelow: {
                                        code: string;
                                        /** @description Moving this project alone closes the shortfall */
                                        fixesAlone: boolean;
                                        name: string;
                                        /** @description The English name, if given */
                                        nameEn: string | null;
                                        /** @description Its above-county (resp. non-livelihood) part: what moving it would add */
                                        offendingFen: number;
                                        projectId: number;
                                    }[];
                                    livelihood: {
                                        code: string;
                                        /** @description Moving this project alone closes the shortfall */
                                        fixesAlone: boolean;
                                        name: string;
                                        /** @description The English name, if given */
                                        nameEn: string | null;
                                        /** @description Its above-county (resp. non-livelihood) part: what moving it would add */
                                        offendingFen: number;
                                        projectId: number;
                                    }[];
                                };
                                donor: {
                                    code: string;
                                    name: string;
                                    nameEn: string;
                                };
                                /** @description Basis points, rounded down: 8000 = 80% */
                                livelihoodBp: number;
                                /** @description Integer fen (0.01 yuan), exact: a sum that may exceed 2^53 */
                                livelihoodFen: number;
                                livelihoodOk: boolean | null;
                                /** @description Part minus the least passing part: ≥ 0 passes, < 0 is the shortfall */
                                marginFen: {
                                    countyAndBelow: number | null;
                                    livelihood: number | null;
                                };
                                /** @description The donor’s plan for the programme and year, if any: on the plan basis, figures of a plan not yet approved are provisional */
                                plan: {
                                    id: number;
                                    /** @enum {string} */
                                    status: "draft" | "submitted" | "approved" | "returned";
                                } | null;
                                thresholds: {
                                    /** @description Basis points, rounded down: 8000 = 80% */
                                    countyAndBelowBp: number;
                                    /** @description Basis points, rounded down: 8000 = 80% */
                                    livelihoodBp: number;
                                } | null;
                                /** @description Integer fen (0.01 yuan), exact: a sum that may exceed 2^53 */
                                totalFen: number;
                            }[];
                            programme: string;
                            /** @description The sums of the listed donors, judged against the year’s thresholds */
                            totals: {
                                /** @description Basis points, rounded down: 8000 = 80% */
                                countyAndBelowBp: number;
                                /** @description Integer fen (0.01 yuan), exact: a sum that may exceed 2^53 */
                                countyAndBelowFen: number;
                                countyAndBelowOk: boolean | null;
                                /** @description Integer fen (0.01 yuan), exact: a sum that may exceed 2^53 */
                                crossPairFen: number;
                                /** @description Basis points, rounded down: 8000 = 80% */
                                livelihoodBp: number;
                                /** @description Integer fen (0.01 yuan), exact: a sum that may exceed 2^53 */
                                livelihoodFen: number;
                                livelihoodOk: boolean | null;
                                /** @description Integer fen (0.01 yuan), exact: a sum that may exceed 2^53 */
                                totalFen: number;
                            };
                            /** @description The year reported on (the default when not asked) */
                            year: number;
                            /** @description The years with money on the basis for the programme, newest first */
                            years: number[];
                        };
                    };
                };
                /** @description Not signed in, or the session or token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The policy does not allow this action on this record */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/compliance/{donor}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One donor’s rules with every project’s breakdown, for drill-down
         * @description Access: policy `compliance.read`.
         */
        get: {
            parameters: {
                query: {
                    /** @description plan: planned funds of the donor’s annual plan (any status); actual: actual disbursements dated in the year */
                    basis: "plan" | "actual";
                    limit?: number;
                    offset?: number;
                    programme: string;
                    /** @description The projects by code, or by what each pulls the county (resp. livelihood) rule down, largest first */
                    sort?: "code" | "county" | "livelihood";
                    year: number;
                };
                header?: never;
                path: {
                    donor: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * @description plan: planned funds of the donor’s annual plan (any status); actual: actual disbursements dated in the year
                             * @enum {string}
                             */
                            basis: "plan" | "actual";
                            /** @description Basis points, rounded down: 8000 = 80% */
                            countyAndBelowBp: number;
                            /** @description Integer fen (0.01 yuan), exact: a sum that may exceed 2^53 */
                            countyAndBelowFen: number;
                            /** @description null when no thresholds apply in the year or the total is 0 */
                            countyAndBelowOk: boolean | null;
                            /** @description Funds at locations where the donor works cross-pair */
                            crossPairFen: number;
                            /** @description How many projects pull each failing rule down (0 for a passing rule) */
                            culpritCount: {
                                countyAndBelow: number;
                                livelihood: number;
                            };
                            /** @description For a failing rule: the projects pulling it down, largest first (the report lists the first 10; the donor drill-down lists all) */
                            culprits: {
                                countyAndBelow: {
                                    code: string;
                                    /** @description Moving this project alone closes the shortfall */
                                    fixesAlone: boolean;
                                    name: string;
                                    /** @description The English name, if given */
                                    nameEn: string | null;
                                    /** @description Its above-county (resp. non-livelihood) part: what moving it would add */
                                    offendingFen: number;
                                    projectId: number;
                                }[];
                                livelihood: {
                                    code: string;
                                    /** @description Moving this project alone closes the shortfall */
                                    fixesAlone: boolean;
                                    name: string;
                                    /** @description The English name, if given */
                                    nameEn: string | null;
                                    /** @description Its above-county (resp. non-livelihood) part: what moving it would add */
                                    offendingFen: number;
                                    projectId: number;
                                }[];
                            };
                            donor: {
                                code: string;
                                name: string;
                                nameEn: string;
                            };
                            /** @description Basis points, rounded down: 8000 = 80% */
                            livelihoodBp: number;
                            /** @description Integer fen (0.01 yuan), exact: a sum that may exceed 2^53 */
                            livelihoodFen: number;
                            livelihoodOk: boolean | null;
                            /** @description Part minus the least passing part: ≥ 0 passes, < 0 is the shortfall */
                            marginFen: {
                                countyAndBelow: number | null;
                                livelihood: number | null;
                            };
                            /** @description The donor’s plan for the programme and year, if any: on the plan basis, figures of a plan not yet approved are provisional */
                            plan: {
                                id: number;
                                /** @enum {string} */
                                status: "draft" | "submitted" | "approved" | "returned";
                            } | null;
                            programme: string;
                            /** @description Every project with a part, on all pages */
                            projectCount: number;
                            /** @description One page of the projects (`limit`, `offset`, `sort`) */
                            projects: {
                                /** @description Integer fen (0.01 yuan) */
                                aboveCountyFen: number;
                                /** @description The donor’s part of the project on this basis */
                                amountFen: number;
                                /** @description The date pairings were read on: the approval date, else 1 July of the year */
                                classifiedOn: string;
                                code: string;
                                /** @description Integer fen (0.01 yuan) */
                                countyAndBelowFen: number;
                                /** @description Integer fen (0.01 yuan) */
                                crossPairFen: number;
                                /** @description Integer fen (0.01 yuan) */
                                livelihoodFen: number;
                                livelihoodShareBp: number;
                                locations: {
                                    areaCode: string;
                                    areaName: string;
                                    /** @description The area’s English name */
                                    areaNameEn: string;
                                    countyOrBelow: boolean;
                                    crossPair: boolean;
                                    /** @description Integer fen (0.01 yuan) */
                                    fen: number;
                                    level: string;
                                    shareBp: number;
                                }[];
                                name: string;
                                /** @description The English name, if given */
                                nameEn: string | null;
                                projectId: number;
                                /** @description Not placed by location shares (counted above county) */
                                unlocatedFen: number;
                            }[];
                            thresholds: {
                                /** @description Basis points, rounded down: 8000 = 80% */
                                countyAndBelowBp: number;
                                /** @description Basis points, rounded down: 8000 = 80% */
                                livelihoodBp: number;
                            } | null;
                            /** @description Integer fen (0.01 yuan), exact: a sum that may exceed 2^53 */
                            totalFen: number;
                            year: number;
                        };
                    };
                };
                /** @description Not signed in, or the session or token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The policy does not allow this action on this record */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/consumption-sales": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Sales the caller may see, newest month first, with their total
         * @description Access: policy `consumption.read`.
         */
        get: {
            parameters: {
                query?: {
                    /** @description GB/T 2260 code; unpadded forms are accepted */
                    area?: string;
                    channel?: "experience-hall" | "online-platform" | "canteen-purchase" | "trade-fair" | "other";
                    donor?: string;
                    /** @description A month, YYYY-MM */
                    from?: string;
                    limit?: number;
                    offset?: number;
                    productCategory?: "dried-fruit" | "fresh-fruit" | "nuts" | "grain-oil" | "meat-dairy" | "textile-apparel" | "handicraft" | "other";
                    /** @description A month, YYYY-MM */
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The filtered sales summed */
                            amountFen: number;
                            items: {
                                amountFen: number;
                                area: {
                                    code: string;
                                    name: string;
                                    nameEn: string;
                                };
                                can: {
                                    /** @description GET /api/consumption-sales/{id}/history */
                                    readHistory: boolean;
                                    update: boolean;
                                };
                                /** @enum {string} */
                                channel: "experience-hall" | "online-platform" | "canteen-purchase" | "trade-fair" | "other";
                                donor: {
                                    code: string;
                                    name: string;
                                    nameEn: string;
                                };
                                id: number;
                                month: string;
                                note: string | null;
                                product: string | null;
                                /** @enum {string} */
                                productCategory: "dried-fruit" | "fresh-fruit" | "nuts" | "grain-oil" | "meat-dairy" | "textile-apparel" | "handicraft" | "other";
                                programme: string;
                                publishedAt: string | null;
                                quantity: number;
                                unit: string;
                                version: number;
                            }[];
                            total: number;
                        };
                    };
                };
                /** @description Not signed in, or the session or token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The policy does not allow this action on this record */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Record one month’s sales of a product category through a channel
         * @description Access: policy `consumption.write`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description Sales in integer fen; never negative
                         * @example 100000000
                         */
                        amountFen: number;
                        /**
                         * @description The recipient area the products come from
                         * @example 653201
                         */
                        area: string;
                        /** @enum {string} */
                        channel: "experience-hall" | "online-platform" | "canteen-purchase" | "trade-fair" | "other";
                        /**
                         * @description The donor whose channel sold the products
                         * @example 110000
                         */
                        donor: string;
                        /**
                         * @description A month, YYYY-MM
                         * @example 2026-10
                         */
                        month: string;
                        note?: string | null;
                        product?: string | null;
                        /** @enum {string} */
                        productCategory: "dried-fruit" | "fresh-fruit" | "nuts" | "grain-oil" | "meat-dairy" | "textile-apparel" | "handicraft" | "other";
                        /**
                         * @default xinjiang
                         * @example xinjiang
                         */
                        programme?: string;
                        /** @default false */
                        published?: boolean;
                        /** @description Quantity in `unit`, a whole number; never negative */
                        quantity: number;
                        /** @example 吨 */
                        unit: string;
                    };
                };
            };
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            amountFen: number;
                            area: {
                                code: string;
                                name: string;
                                nameEn: string;
                            };
                            can: {
                                /** @description GET /api/consumption-sales/{id}/history */
                                readHistory: boolean;
                                update: boolean;
                            };
                            /** @enum {string} */
                            channel: "experience-hall" | "online-platform" | "canteen-purchase" | "trade-fair" | "other";
                            donor: {
                                code: string;
                                name: string;
                                nameEn: string;
                            };
                            id: number;
                            month: string;
                            note: string | null;
                            product: string | null;
                            /** @enum {string} */
                            productCategory: "dried-fruit" | "fresh-fruit" | "nuts" | "grain-oil" | "meat-dairy" | "textile-apparel" | "handicraft" | "other";
                            programme: string;
                            publishedAt: string | null;
                            quantity: number;
                            unit: string;
                            version: number;
                        };
                    };
                };
                /** @description Not signed in, or the session or token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The policy does not allow this action on this record */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/consumption-sales/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One sale
         * @description Access: policy `consumption.read`.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            amountFen: number;
                            area: {
                                code: string;
                                name: string;
                                nameEn: string;
                            };
                            can: {
                                /** @description GET /api/consumption-sales/{id}/history */
                                readHistory: boolean;
                                update: boolean;
                            };
                            /** @enum {string} */
                            channel: "experience-hall" | "online-platform" | "canteen-purchase" | "trade-fair" | "other";
                            donor: {
                                code: string;
                                name: string;
                                nameEn: string;
                            };
                            id: number;
                            month: string;
                            note: string | null;
                            product: string | null;
                            /** @enum {string} */
                            productCategory: "dried-fruit" | "fresh-fruit" | "nuts" | "grain-oil" | "meat-dairy" | "textile-apparel" | "handicraft" | "other";
                            programme: string;
                            publishedAt: string | null;
                            quantity: number;
                            unit: string;
                            version: number;
                        };
                    };
                };
                /** @description Not signed in, or the session or token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The policy does not allow this action on this record */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a sale (If-Match: 409 when stale)
         * @description Access: policy `consumption.write`.
         */
        patch: {
            parameters: {
                query?: never;
                header?: {
                    "if-match"?: string;
                };
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description Sales in integer fen; never negative
                         * @example 100000000
                         */
                        amountFen?: number;
                        /**
                         * @description The recipient area the products come from
                         * @example 653201
                         */
                        area?: string;
                        /** @enum {string} */
                        channel?: "experience-hall" | "online-platform" | "canteen-purchase" | "trade-fair" | "other";
                        /**
                         * @description The donor whose channel sold the products
                         * @example 110000
                         */
                        donor?: string;
                        /**
                         * @description A month, YYYY-MM
                         * @example 2026-10
                         */
                        month?: string;
                        note?: string | null;
                        product?: string | null;
                        /** @enum {string} */
                        productCategory?: "dried-fruit" | "fresh-fruit" | "nuts" | "grain-oil" | "meat-dairy" | "textile-apparel" | "handicraft" | "other";
                        published?: boolean;
                        /** @description Quantity in `unit`, a whole number; never negative */
                        quantity?: number;
                        /** @example 吨 */
                        unit?: string;
                    };
                };
            };
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            amountFen: number;
                            area: {
                                code: string;
                                name: string;
                                nameEn: string;
                            };
                            can: {
                                /** @description GET /api/consumption-sales/{id}/history */
                                readHistory: boolean;
                                update: boolean;
                            };
                            /** @enum {string} */
                            channel: "experience-hall" | "online-platform" | "canteen-purchase" | "trade-fair" | "other";
                            donor: {
                                code: string;
                                name: string;
                                nameEn: string;
                            };
                            id: number;
                            month: string;
                            note: string | null;
                            product: string | null;
                            /** @enum {string} */
                            productCategory: "dried-fruit" | "fresh-fruit" | "nuts" | "grain-oil" | "meat-dairy" | "textile-apparel" | "handicraft" | "other";
                            programme: string;
                            publishedAt: string | null;
                            quantity: number;
                            unit: string;
                            version: number;
                        };
                    };
                };
                /** @description Not signed in, or the session or token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The policy does not allow this action on this record */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/consumption-sales/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A sale's change history, newest first
         * @description Access: policy `consumption.readHistory`.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                action: string;
                                actor: string;
                                /** @description The person's display name; null for the system */
                                actorName: string | null;
                                after: unknown;
                                at: string;
                                before: unknown;
                                changes: ({
                                    after: string | null;
                                    before: string | null;
                                    field: string;
                                    /** @enum {string} */
                                    kind: "text";
                                } | {
                                    after: number | null;
                                    before: number | null;
                                    field: string;
                                    /** @enum {string} */
                                    kind: "money";
                                } | {
                                    after: string | null;
                                    before: string | null;
                                    field: string;
                                    /** @enum {string} */
                                    kind: "date";
                                } | {
                                    after: string | null;
                                    before: string | null;
                                    field: string;
                                    /** @enum {string} */
                                    kind: "published";
                                } | {
                                    after: boolean | null;
                                    before: boolean | null;
                                    field: string;
                                    /** @enum {string} */
                                    kind: "flag";
                                } | {
                                    after: number | null;
                                    before: number | null;
                                    field: string;
                                    /** @enum {string} */
                                    kind: "number";
                                } | {
                                    after: {
                                        en: string | null;
                                        zh: string;
                                    } | null;
                                    before: {
                                        en: string | null;
                                        zh: string;
                                    } | null;
                                    field: string;
                                    /** @enum {string} */
                                    kind: "name";
                                } | {
                                    after: {
                                        en: string | null;
                                        zh: string;
                                    }[] | null;
                                    before: {
                                        en: string | null;
                                        zh: string;
                                    }[] | null;
                                    field: string;
                                    /** @enum {string} */
                                    kind: "names";
                                } | {
                                    after: string | null;
                                    before: string | null;
                                    field: string;
                                    /** @enum {string} */
                                    kind: "enum";
                                } | {
                                    after: number | null;
                                    before: number | null;
                                    field: string;
                                    /** @enum {string} */
                                    kind: "items";
                                } | {
                                    after: null;
                                    before: null;
                                    field: string;
                                    /** @enum {string} */
                                    kind: "reference";
                                })[];
                                entityId: string;
                                entityType: string;
                                id: number;
                            }[];
                        };
                    };
                };
                /** @description Not signed in, or the session or token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The policy does not allow this action on this record */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/consumption-sales/bulk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record up to 5,000 sales at once: all or nothing, each refused row named
         * @description Access: policy `consumption.write`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        rows: {
                            /**
                             * @description Sales in integer fen; never negative
                             * @example 100000000
                             */
                            amountFen: number;
                            /**
                             * @description The recipient area the products come from
                             * @example 653201
                             */
                            area: string;
                            /** @enum {string} */
                            channel: "experience-hall" | "online-platform" | "canteen-purchase" | "trade-fair" | "other";
                            /**
                             * @description The donor whose channel sold the products
                             * @example 110000
                             */
                            donor: string;
                            /**
                             * @description A month, YYYY-MM
                             * @example 2026-10
                             */
                            month: string;
                            note?: string | null;
                            product?: string | null;
                            /** @enum {string} */
                            productCategory: "dried-fruit" | "fresh-fruit" | "nuts" | "grain-oil" | "meat-dairy" | "textile-apparel" | "handicraft" | "other";
                            /**
                             * @default xinjiang
                             * @example xinjiang
                             */
                            programme?: string;
                            /** @default false */
                            published?: boolean;
                            /** @description Quantity in `unit`, a whole number; never negative */
                            quantity: number;
                            /** @example 吨 */
                            unit: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            created: number;
                            ids: number[];
                        };
                    };
                };
                /** @description Not signed in, or the session or token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The policy does not allow this action on this record */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/consumption-sales/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The filtered sales summed by channel, product category or month
         * @description Access: policy `consumption.read`.
         */
        get: {
            parameters: {
                query?: {
                    /** @description GB/T 2260 code; unpadded forms are accepted */
                    area?: string;
                    by?: "channel" | "productCategory" | "month";
                    channel?: "experience-hall" | "online-platform" | "canteen-purchase" | "trade-fair" | "other";
                    donor?: string;
                    /** @description A month, YYYY-MM */
                    from?: string;
                    productCategory?: "dried-fruit" | "fresh-fruit" | "nuts" | "grain-oil" | "meat-dairy" | "textile-apparel" | "handicraft" | "other";
                    /** @description A month, YYYY-MM */
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            amountFen: number;
                            /** @enum {string} */
                            by: "channel" | "productCategory" | "month";
                            rows: {
                                amountFen: number;
                                key: string;
                                rows: number;
                            }[];
                        };
                    };
                };
                /** @description Not signed in, or the session or token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The policy does not allow this action on this record */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/exchanges": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Exchange activities (交往交流交融) the caller may see, newest first, paged
         * @description Filters: programme, kind, donor (any organiser in its subtree), area (any area in its subtree), from/to (start date, inclusive).
         *
         *     Access: policy `training.read`.
         */
        get: {
            parameters: {
                query?: {
                    /** @description An area and its whole subtree */
                    area?: string;
                    /** @description An organiser and its sub-organisations */
                    donor?: string;
                    /** @description Starting on or after */
                    from?: string;
                    kind?: "study-tour" | "camp" | "performance" | "reading-room" | "school-pairing" | "township-pairing" | "other";
                    limit?: number;
                    offset?: number;
                    programme?: string;
                    /** @description Starting on or before */
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                areas: {
                                    code: string;
                                    name: string;
                                    /** @description The English name (和田地区 → Hotan Prefecture) */
                                    nameEn: string;
                                }[];
                                /** @description What the caller may do with this record now, by the same policies */
                                can: {
                                    readHistory: boolean;
                                    update: boolean;
                                };
                                createdAt: string;
                                endDate: string;
                                id: number;
                                /** @enum {string} */
                                kind: "study-tour" | "camp" | "performance" | "reading-room" | "school-pairing" | "township-pairing" | "other";
                                note: string | null;
                                organisers: {
                                    code: string;
                                    name: string;
                                    nameEn: string;
                                }[];
                                participantsDonor: number;
                                participantsLocal: number;
                                place: string | null;
                                programme: string;
                                published: boolean;
                                publishedAt: string | null;
                                startDate: string;
                                title: string;
                                updatedAt: string;
                                version: number;
                            }[];
                            total: number;
                        };
                    };
                };
                /** @description Not signed in, or the session or token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The policy does not allow this action on this record */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Record an exchange activity
         * @description Access: policy `training.write`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        areas: string[];
                        /**
                         * Format: date
                         * @description From 1949-01-01 to 2100-12-31
                         * @example 2024-12-31
                         */
                        endDate: string;
                        /** @enum {string} */
                        kind: "study-tour" | "camp" | "performance" | "reading-room" | "school-pairing" | "township-pairing" | "other";
                        note?: string | null;
                        /** @description The organising donors; several for a cross-pair activity */
                        organisers: string[];
                        /** @description Participants from the donor side */
                        participantsDonor: number;
                        /** @description Participants from Xinjiang */
                        participantsLocal: number;
                        place?: string | null;
                        /**
                         * @default xinjiang
                         * @example xinjiang
                         */
                        programme?: string;
                        published?: boolean;
                        /**
                         * Format: date
                         * @description From 1949-01-01 to 2100-12-31
                         * @example 2024-12-31
                         */
                        startDate: string;
                        title: string;
                    };
                };
            };
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            areas: {
                                code: string;
                                name: string;
                                /** @description The English name (和田地区 → Hotan Prefecture) */
                                nameEn: string;
                            }[];
                            /** @description What the caller may do with this record now, by the same policies */
                            can: {
                                readHistory: boolean;
                                update: boolean;
                            };
                            createdAt: string;
                            endDate: string;
                            id: number;
                            /** @enum {string} */
                            kind: "study-tour" | "camp" | "performance" | "reading-room" | "school-pairing" | "township-pairing" | "other";
                            note: string | null;
                            organisers: {
                                code: string;
                                name: string;
                                nameEn: string;
                            }[];
                            participantsDonor: number;
                            participantsLocal: number;
                            place: string | null;
                            programme: string;
                            published: boolean;
                            publishedAt: string | null;
                            startDate: string;
                            title: string;
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
                /** @description Not signed in, or the session or token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The policy does not allow this action on this record */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/exchanges/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One exchange activity
         * @description Access: policy `training.read`.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            areas: {
                                code: string;
                                name: string;
                                /** @description The English name (和田地区 → Hotan Prefecture) */
                                nameEn: string;
                            }[];
                            /** @description What the caller may do with this record now, by the same policies */
                            can: {
                                readHistory: boolean;
                                update: boolean;
                            };
                            createdAt: string;
                            endDate: string;
                            id: number;
                            /** @enum {string} */
                            kind: "study-tour" | "camp" | "performance" | "reading-room" | "school-pairing" | "township-pairing" | "other";
                            note: string | null;
                            organisers: {
                                code: string;
                                name: string;
                                nameEn: string;
                            }[];
                            participantsDonor: number;
                            participantsLocal: number;
                            place: string | null;
                            programme: string;
                            published: boolean;
                            publishedAt: string | null;
                            startDate: string;
                            title: string;
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
                /** @description Not signed in, or the session or token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The policy does not allow this action on this record */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change, publish or withdraw an exchange activity
         * @description Access: policy `training.write`.
         */
        patch: {
            parameters: {
                query?: never;
                header?: {
                    "if-match"?: string;
                };
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        areas?: string[];
                        /**
                         * Format: date
                         * @description From 1949-01-01 to 2100-12-31
                         * @example 2024-12-31
                         */
                        endDate?: string;
                        /** @enum {string} */
                        kind?: "study-tour" | "camp" | "performance" | "reading-room" | "school-pairing" | "township-pairing" | "other";
                        note?: string | null;
                        /** @description The organising donors; several for a cross-pair activity */
                        organisers?: string[];
                        /** @description Participants from the donor side */
                        participantsDonor?: number;
                        /** @description Participants from Xinjiang */
                        participantsLocal?: number;
                        place?: string | null;
                        published?: boolean;
                        /**
                         * Format: date
                         * @description From 1949-01-01 to 2100-12-31
                         * @example 2024-12-31
                         */
                        startDate?: string;
                        title?: string;
                    };
                };
            };
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            areas: {
                                code: string;
                                name: string;
                                /** @description The English name (和田地区 → Hotan Prefecture) */
                                nameEn: string;
                            }[];
                            /** @description What the caller may do with this record now, by the same policies */
                            can: {
                                readHistory: boolean;
                                update: boolean;
                            };
                            createdAt: string;
                            endDate: string;
                            id: number;
                            /** @enum {string} */
                            kind: "study-tour" | "camp" | "performance" | "reading-room" | "school-pairing" | "township-pairing" | "other";
                            note: string | null;
                            organisers: {
                                code: string;
                                name: string;
                                nameEn: string;
                            }[];
                            participantsDonor: number;
                            participantsLocal: number;
                            place: string | null;
                            programme: string;
                            published: boolean;
                            publishedAt: string | null;
                            startDate: string;
                            title: string;
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
                /** @description Not signed in, or the session or token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The policy does not allow this action on this record */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/exchanges/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The change history of an exchange activity
         * @description Access: policy `training.readHistory`.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                action: string;
                                actor: string;
                                /** @description The person's display name; null for the system */
                                actorName: string | null;
                                after: unknown;
                                at: string;
                                before: unknown;
                                changes: ({
                                    after: string | null;
                                    before: string | null;
                                    field: string;
                                    /** @enum {string} */
                                    kind: "text";
                                } | {
                                    after: number | null;
                                    before: number | null;
                                    field: string;
                                    /** @enum {string} */
                                    kind: "money";
                                } | {
                                    after: string | null;
                                    before: string | null;
                                    field: string;
                                    /** @enum {string} */
                                    kind: "date";
                                } | {
                                    after: string | null;
                                    before: string | null;
                                    field: string;
                                    /** @enum {string} */
                                    kind: "published";
                                } | {
                                    after: boolean | null;
                                    before: boolean | null;
                                    field: string;
                                    /** @enum {string} */
                                    kind: "flag";
                                } | {
                                    after: number | null;
                                    before: number | null;
                                    field: string;
                                    /** @enum {string} */
                                    kind: "number";
                                } | {
                                    after: {
                                        en: string | null;
                                        zh: string;
                                    } | null;
                                    before: {
                                        en: string | null;
                                        zh: string;
                                    } | null;
                                    field: string;
                                    /** @enum {string} */
                                    kind: "name";
                                } | {
                                    after: {
                                        en: string | null;
                                        zh: string;
                                    }[] | null;
                                    before: {
                                        en: string | null;
                                        zh: string;
                                    }[] | null;
                                    field: string;
                                    /** @enum {string} */
                                    kind: "names";
                                } | {
                                    after: string | null;
                                    before: string | null;
                                    field: string;
                                    /** @enum {string} */
                                    kind: "enum";
                                } | {
                                    after: number | null;
                                    before: number | null;
                                    field: string;
                                    /** @enum {string} */
                                    kind: "items";
                                } | {
                                    after: null;
                                    before: null;
                                    field: string;
                                    /** @enum {string} */
                                    kind: "reference";
                                })[];
                                entityId: string;
                                entityType: string;
                                id: number;
                            }[];
                        };
                    };
                };
                /** @description Not signed in, or the session or token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The policy does not allow this action on this record */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/exports/{kind}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export the project registry or the ledger as XLSX or CSV, streamed
         * @description Only what the caller may see. The columns are the template’s (an export imports again); text cells beginning with = + - @ are neutralised with an apostrophe.
         *
         *     Access: any signed-in user.
         */
        get: {
            parameters: {
                query?: {
                    format?: "xlsx" | "csv";
                    /** @description Headers / messages in Chinese, English or Uyghur (right-to-left sheets); default from Accept-Language */
                    lang?: "zh" | "en" | "ug";
                };
                header?: never;
                path: {
                    /** @description projects (with locations and donor shares), ledger, plan-items (annual plans, one row per project), people (persons with their postings), training (sessions) */
                    kind: "projects" | "ledger" | "plan-items" | "people" | "training";
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in, or the session or token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The policy does not allow this action on this record */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Change history, newest first
         * @description Access: policy `history.read`.
         */
        get: {
            parameters: {
                query?: {
                    beforeId?: number;
                    entityId?: string;
                    entityType?: string;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                action: string;
                                actor: string;
                                after: unknown;
                                at: string;
                                before: unknown;
                                entityId: string;
                                entityType: string;
                                hash: string;
                                id: number;
                                requestId: string | null;
                            }[];
                        };
                    };
                };
                /** @description Not signed in, or the session or token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The policy does not allow this action on this record */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/history/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Check the hash chain of the whole history
         * @description Access: policy `history.verify`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            entries: number;
                            ok: boolean;
                            problems: {
                                detail: string;
                                id: number;
                                kind: string;
                            }[];
                        };
                    };
                };
                /** @description Not signed in, or the session or token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The policy does not allow this action on this record */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/imports/iati": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import an IATI activity file (1.0x or 2.0x): a dry run (default) or a commit
         * @description Activities become projects of the programme (their iati-identifier kept: a re-import skips them), transactions ledger entries (every one kept as read with its currency and value date). A DOCTYPE or malformed XML is a critical problem; nothing is stored unless the whole commit succeeds.
         *
         *     Access: policy `projects.write`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description The area of activities that carry no GB/T 2260 location
                         * @example 653201
                         */
                        area?: string;
                        /** @description The .xlsx or .csv file (UTF-8 or GB18030), base64-encoded; at most 32 MiB */
                        contentBase64: string;
                        /**
                         * @description The donor of activities none of whose funding organisations is a Shanhai one
                         * @example 110000
                         */
                        donor?: string;
                        /**
                         * @description true (default): report every problem and change nothing; false: commit the accepted rows
                         * @default true
                         */
                        dryRun?: boolean;
                        filename?: string;
                        /**
                         * @description Headers / messages in Chinese, English or Uyghur (right-to-left sheets); default from Accept-Language
                         * @enum {string}
                         */
                        lang?: "zh" | "en" | "ug";
                        /**
                         * @description The programme the activities become projects of
                         * @example xinjiang
                         */
                        programme: string;
                        /**
                         * @description The project type of activities that carry none
                         * @example livelihood
                         */
                        type?: string;
                    };
                };
            };
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Activities imported (or that would be) */
                            accepted: number;
                            counts: {
                                activities: number;
                                /** @description Activities imported already: skipped */
                                existing: number;
                                /** @description Entered in the ledger */
                                transactions: number;
                                /** @description Every transaction read, by its code as written (3, D, IF…) */
                                transactionsByType: {
                                    [key: string]: number;
                                };
                                /** @description Kept as read but not in the ledger (type, value, date, currency or no rate) */
                                transactionsSkipped: number;
                            };
                            dryRun: boolean;
                            /** @enum {string} */
                            kind: "iati";
                            problems: {
                                /** @description The column's header */
                                column: string | null;
                                message: string;
                                /** @description The row number in the sheet (1 is the header) */
                                row: number | null;
                                /**
                                 * @description critical: nothing is imported; error: the row is skipped; warning: imported as read
                                 * @enum {string}
                                 */
                                severity: "critical" | "error" | "warning";
                                sheet: string | null;
                                /** @description The cell as read */
                                value: string | null;
                            }[];
                            /** @description Activities read */
                            rows: number;
                            sha256: string;
                            skipped: number;
                        };
                    };
                };
                /** @description Not signed in, or the session or token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The policy does not allow this action on this record */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/imports/ledger": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import a filled ledger template or CSV: a dry run (default) or a commit
         * @description Every problem triaged critical / error / warning with its sheet, row, column and value, in the language asked. A commit applies the accepted rows in one transaction, idempotent by code, and records the import with its SHA-256. A file that cannot be read at all is 422.
         *
         *     Access: policy `ledger.write`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The .xlsx or .csv file (UTF-8 or GB18030), base64-encoded; at most 32 MiB */
                        contentBase64: string;
                        /**
                         * @description true (default): report every problem and change nothing; false: commit the accepted rows
                         * @default true
                         */
                        dryRun?: boolean;
                        filename?: string;
                        /**
                         * @description Headers / messages in Chinese, English or Uyghur (right-to-left sheets); default from Accept-Language
                         * @enum {string}
                         */
                        lang?: "zh" | "en" | "ug";
                        /**
                         * @description The programme of rows that name none; ledger rows must be of it
                         * @example xinjiang
                         */
                        programme?: string;
                    };
                };
            };
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Rows applied (commit) or that would be (dry run) */
                            accepted: number;
                            /** @description created, existing (skipped as already there: idempotence), refused (by the use case) */
                            counts: {
                                [key: string]: number;
                            };
                            dryRun: boolean;
                            /** @enum {string} */
                            kind: "projects" | "ledger" | "plan-items" | "people" | "training";
                            problems: {
                                /** @description The column's header */
                                column: string | null;
                                message: string;
                                /** @description The row number in the sheet (1 is the header) */
                                row: number | null;
                                /**
                                 * @description critical: nothing is imported; error: the row is skipped; warning: imported as read
                                 * @enum {string}
                                 */
                                severity: "critical" | "error" | "warning";
                                sheet: string | null;
                                /** @description The cell as read */
                                value: string | null;
                            }[];
                            /** @description Data rows read (the example row and blank rows aside) */
                            rows: number;
                            /** @description The file's SHA-256, as the history records it */
                            sha256: string;
                            skipped: number;
                        };
                    };
                };
                /** @description Not signed in, or the session or token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The policy does not allow this action on this record */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/imports/ledger/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The dry run of a ledger file as a workbook with the problems marked
         * @description The same dry run as the import (nothing is stored); the answer is an XLSX: the rows read, each problem filled by severity in its cell with the message in its note, and a sheet listing every problem with a link to its cell. The summary is in the X-Import-Rows, X-Import-Accepted and X-Import-Problems headers.
         *
         *     Access: policy `ledger.write`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The .xlsx or .csv file (UTF-8 or GB18030), base64-encoded; at most 32 MiB */
                        contentBase64: string;
                        filename?: string;
                        /**
                         * @description Headers / messages in Chinese, English or Uyghur (right-to-left sheets); default from Accept-Language
                         * @enum {string}
                         */
                        lang?: "zh" | "en" | "ug";
                        /**
                         * @description The programme of rows that name none; ledger rows must be of it
                         * @example xinjiang
                         */
                        programme?: string;
                    };
                };
            };
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in, or the session or token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The policy does not allow this action on this record */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/imports/people": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import a filled people template or CSV: a dry run (default) or a commit
         * @description Every problem triaged critical / error / warning with its sheet, row, column and value, in the language asked. A commit applies the accepted rows in one transaction, idempotent by code, and records the import with its SHA-256. A file that cannot be read at all is 422.
         *
         *     Access: policy `people.write`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The .xlsx or .csv file (UTF-8 or GB18030), base64-encoded; at most 32 MiB */
                        contentBase64: string;
                        /**
                         * @description true (default): report every problem and change nothing; false: commit the accepted rows
                         * @default true
                         */
                        dryRun?: boolean;
                        filename?: string;
                        /**
                         * @description Headers / messages in Chinese, English or Uyghur (right-to-left sheets); default from Accept-Language
                         * @enum {string}
                         */
                        lang?: "zh" | "en" | "ug";
                        /**
                         * @description The programme of rows that name none; ledger rows must be of it
                         * @example xinjiang
                         */
                        programme?: string;
                    };
                };
            };
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Rows applied (commit) or that would be (dry run) */
                            accepted: number;
                            /** @description created, existing (skipped as already there: idempotence), refused (by the use case) */
                            counts: {
                                [key: string]: number;
                            };
                            dryRun: boolean;
                            /** @enum {string} */
                            kind: "projects" | "ledger" | "plan-items" | "people" | "training";
                            problems: {
                                /** @description The column's header */
                                column: string | null;
                                message: string;
                                /** @description The row number in the sheet (1 is the header) */
                                row: number | null;
                                /**
                                 * @description critical: nothing is imported; error: the row is skipped; warning: imported as read
                                 * @enum {string}
                                 */
                                severity: "critical" | "error" | "warning";
                                sheet: string | null;
                                /** @description The cell as read */
                                value: string | null;
                            }[];
                            /** @description Data rows read (the example row and blank rows aside) */
                            rows: number;
                            /** @description The file's SHA-256, as the history records it */
                            sha256: string;
                            skipped: number;
                        };
                    };
                };
                /** @description Not signed in, or the session or token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The policy does not allow this action on this record */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/imports/people/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The dry run of a people file as a workbook with the problems marked
         * @description The same dry run as the import (nothing is stored); the answer is an XLSX: the rows read, each problem filled by severity in its cell with the message in its note, and a sheet listing every problem with a link to its cell. The summary is in the X-Import-Rows, X-Import-Accepted and X-Import-Problems headers.
         *
         *     Access: policy `people.write`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The .xlsx or .csv file (UTF-8 or GB18030), base64-encoded; at most 32 MiB */
                        contentBase64: string;
                        filename?: string;
                        /**
                         * @description Headers / messages in Chinese, English or Uyghur (right-to-left sheets); default from Accept-Language
                         * @enum {string}
                         */
                        lang?: "zh" | "en" | "ug";
                        /**
                         * @description The programme of rows that name none; ledger rows must be of it
                         * @example xinjiang
                         */
                        programme?: string;
                    };
                };
            };
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in, or the session or token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The policy does not allow this action on this record */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/imports/plan-items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import a filled plan-items template or CSV: a dry run (default) or a commit
         * @description Every problem triaged critical / error / warning with its sheet, row, column and value, in the language asked. A commit applies the accepted rows in one transaction, idempotent by code, and records the import with its SHA-256. A file that cannot be read at all is 422.
         *
         *     Access: policy `plans.write`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The .xlsx or .csv file (UTF-8 or GB18030), base64-encoded; at most 32 MiB */
                        contentBase64: string;
                        /**
                         * @description true (default): report every problem and change nothing; false: commit the accepted rows
                         * @default true
                         */
                        dryRun?: boolean;
                        filename?: string;
                        /**
                         * @description Headers / messages in Chinese, English or Uyghur (right-to-left sheets); default from Accept-Language
                         * @enum {string}
                         */
                        lang?: "zh" | "en" | "ug";
                        /**
                         * @description The programme of rows that name none; ledger rows must be of it
                         * @example xinjiang
                         */
                        programme?: string;
                    };
                };
            };
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Rows applied (commit) or that would be (dry run) */
                            accepted: number;
                            /** @description created, existing (skipped as already there: idempotence), refused (by the use case) */
                            counts: {
                                [key: string]: number;
                            };
                            dryRun: boolean;
                            /** @enum {string} */
                            kind: "projects" | "ledger" | "plan-items" | "people" | "training";
                            problems: {
                                /** @description The column's header */
                                column: string | null;
                                message: string;
                                /** @description The row number in the sheet (1 is the header) */
                                row: number | null;
                                /**
                                 * @description critical: nothing is imported; error: the row is skipped; warning: imported as read
                                 * @enum {string}
                                 */
                                severity: "critical" | "error" | "warning";
                                sheet: string | null;
                                /** @description The cell as read */
                                value: string | null;
                            }[];
                            /** @description Data rows read (the example row and blank rows aside) */
                            rows: number;
                            /** @description The file's SHA-256, as the history records it */
                            sha256: string;
                            skipped: number;
                        };
                    };
                };
                /** @description Not signed in, or the session or token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The policy does not allow this action on this record */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/imports/plan-items/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The dry run of a plan-items file as a workbook with the problems marked
         * @description The same dry run as the import (nothing is stored); the answer is an XLSX: the rows read, each problem filled by severity in its cell with the message in its note, and a sheet listing every problem with a link to its cell. The summary is in the X-Import-Rows, X-Import-Accepted and X-Import-Problems headers.
         *
         *     Access: policy `plans.write`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The .xlsx or .csv file (UTF-8 or GB18030), base64-encoded; at most 32 MiB */
                        contentBase64: string;
                        filename?: string;
                        /**
                         * @description Headers / messages in Chinese, English or Uyghur (right-to-left sheets); default from Accept-Language
                         * @enum {string}
                         */
                        lang?: "zh" | "en" | "ug";
                        /**
                         * @description The programme of rows that name none; ledger rows must be of it
                         * @example xinjiang
                         */
                        programme?: string;
                    };
                };
            };
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in, or the session or token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The policy does not allow this action on this record */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/imports/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import a filled projects template or CSV: a dry run (default) or a commit
         * @description Every problem triaged critical / error / warning with its sheet, row, column and value, in the language asked. A commit applies the accepted rows in one transaction, idempotent by code, and records the import with its SHA-256. A file that cannot be read at all is 422.
         *
         *     Access: policy `projects.write`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The .xlsx or .csv file (UTF-8 or GB18030), base64-encoded; at most 32 MiB */
                        contentBase64: string;
                        /**
                         * @description true (default): report every problem and change nothing; false: commit the accepted rows
                         * @default true
                         */
                        dryRun?: boolean;
                        filename?: string;
                        /**
                         * @description Headers / messages in Chinese, English or Uyghur (right-to-left sheets); default from Accept-Language
                         * @enum {string}
                         */
                        lang?: "zh" | "en" | "ug";
                        /**
                         * @description The programme of rows that name none; ledger rows must be of it
                         * @example xinjiang
                         */
                        programme?: string;
                    };
                };
            };
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Rows applied (commit) or that would be (dry run) */
                            accepted: number;
                            /** @description created, existing (skipped as already there: idempotence), refused (by the use case) */
                            counts: {
                                [key: string]: number;
                            };
                            dryRun: boolean;
                            /** @enum {string} */
                            kind: "projects" | "ledger" | "plan-items" | "people" | "training";
                            problems: {
                                /** @description The column's header */
                                column: string | null;
                                message: string;
                                /** @description The row number in the sheet (1 is the header) */
                                row: number | null;
                                /**
                                 * @description critical: nothing is imported; error: the row is skipped; warning: imported as read
                                 * @enum {string}
                                 */
                                severity: "critical" | "error" | "warning";
                                sheet: string | null;
                                /** @description The cell as read */
                                value: string | null;
                            }[];
                            /** @description Data rows read (the example row and blank rows aside) */
                            rows: number;
                            /** @description The file's SHA-256, as the history records it */
                            sha256: string;
                            skipped: number;
                        };
                    };
                };
                /** @description Not signed in, or the session or token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The policy does not allow this action on this record */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/imports/projects/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The dry run of a projects file as a workbook with the problems marked
         * @description The same dry run as the import (nothing is stored); the answer is an XLSX: the rows read, each problem filled by severity in its cell with the message in its note, and a sheet listing every problem with a link to its cell. The summary is in the X-Import-Rows, X-Import-Accepted and X-Import-Problems headers.
         *
         *     Access: policy `projects.write`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The .xlsx or .csv file (UTF-8 or GB18030), base64-encoded; at most 32 MiB */
                        contentBase64: string;
                        filename?: string;
                        /**
                         * @description Headers / messages in Chinese, English or Uyghur (right-to-left sheets); default from Accept-Language
                         * @enum {string}
                         */
                        lang?: "zh" | "en" | "ug";
                        /**
                         * @description The programme of rows that name none; ledger rows must be of it
                         * @example xinjiang
                         */
                        programme?: string;
                    };
                };
            };
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in, or the session or token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The policy does not allow this action on this record */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/imports/training": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import a filled training template or CSV: a dry run (default) or a commit
         * @description Every problem triaged critical / error / warning with its sheet, row, column and value, in the language asked. A commit applies the accepted rows in one transaction, idempotent by code, and records the import with its SHA-256. A file that cannot be read at all is 422.
         *
         *     Access: policy `training.write`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The .xlsx or .csv file (UTF-8 or GB18030), base64-encoded; at most 32 MiB */
                        contentBase64: string;
                        /**
                         * @description true (default): report every problem and change nothing; false: commit the accepted rows
                         * @default true
                         */
                        dryRun?: boolean;
                        filename?: string;
                        /**
                         * @description Headers / messages in Chinese, English or Uyghur (right-to-left sheets); default from Accept-Language
                         * @enum {string}
                         */
                        lang?: "zh" | "en" | "ug";
                        /**
                         * @description The programme of rows that name none; ledger rows must be of it
                         * @example xinjiang
                         */
                        programme?: string;
                    };
                };
            };
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Rows applied (commit) or that would be (dry run) */
                            accepted: number;
                            /** @description created, existing (skipped as already there: idempotence), refused (by the use case) */
                            counts: {
                                [key: string]: number;
                            };
                            dryRun: boolean;
                            /** @enum {string} */
                            kind: "projects" | "ledger" | "plan-items" | "people" | "training";
                            problems: {
                                /** @description The column's header */
                                column: string | null;
                                message: string;
                                /** @description The row number in the sheet (1 is the header) */
                                row: number | null;
                                /**
                                 * @description critical: nothing is imported; error: the row is skipped; warning: imported as read
                                 * @enum {string}
                                 */
                                severity: "critical" | "error" | "warning";
                                sheet: string | null;
                                /** @description The cell as read */
                                value: string | null;
                            }[];
                            /** @description Data rows read (the example row and blank rows aside) */
                            rows: number;
                            /** @description The file's SHA-256, as the history records it */
                            sha256: string;
                            skipped: number;
                        };
                    };
                };
                /** @description Not signed in, or the session or token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The policy does not allow this action on this record */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/imports/training/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The dry run of a training file as a workbook with the problems marked
         * @description The same dry run as the import (nothing is stored); the answer is an XLSX: the rows read, each problem filled by severity in its cell with the message in its note, and a sheet listing every problem with a link to its cell. The summary is in the X-Import-Rows, X-Import-Accepted and X-Import-Problems headers.
         *
         *     Access: policy `training.write`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The .xlsx or .csv file (UTF-8 or GB18030), base64-encoded; at most 32 MiB */
                        contentBase64: string;
                        filename?: string;
                        /**
                         * @description Headers / messages in Chinese, English or Uyghur (right-to-left sheets); default from Accept-Language
                         * @enum {string}
                         */
                        lang?: "zh" | "en" | "ug";
                        /**
                         * @description The programme of rows that name none; ledger rows must be of it
                         * @example xinjiang
                         */
                        programme?: string;
                    };
                };
            };
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in, or the session or token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The policy does not allow this action on this record */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/indicators/completeness": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who has reported a set for a period: complete, partial, missing, late
         * @description Access: policy `indicators.read`.
         */
        get: {
            parameters: {
                query: {
                    /** @description The day lateness is judged on (default today, UTC) */
                    asOf?: string;
                    /** @description A year `2024`, a half `2024-H1`, a quarter `2024-Q3` or a month `2024-07` */
                    period: string;
                    set: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * Format: date
                             * @description From 1949-01-01 to 2100-12-31
                             * @example 2024-12-31
                             */
                            asOf: string;
                            /**
                             * Format: date
                             * @description From 1949-01-01 to 2100-12-31
                             * @example 2024-12-31
                             */
                            dueDate: string;
                            period: string;
                            reporters: {
                                area: {
                                    code: string;
                                    name: string;
                                    nameEn: string;
                                };
                                donor: {
                                    code: string;
                                    name: string;
                                    nameEn: string;
                                } | null;
                                entered: number;
                                expected: number;
                                lastEnteredAt: string | null;
                                missing: string[];
                                /** @enum {string} */
                                status: "complete" | "partial" | "missing" | "late";
                            }[];
                            set: {
                                code: string;
                                name: string;
                                nameEn: string;
                            };
                            summary: {
                                complete: number;
                                late: number;
                                missing: number;
                                partial: number;
                            };
                        };
                    };
                };
                /** @description Not signed in, or the session or token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The policy does not allow this action on this record */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/indicators/elements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Data elements
         * @description Access: policy `indicators.read`.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @enum {string} */
                                aggregation: "sum" | "average" | "last";
                                can: {
                                    update: boolean;
                                };
                                code: string;
                                disaggregations: string[];
                                name: string;
                                nameEn: string;
                                scale: number;
                                /** @enum {string} */
                                valueType: "number" | "money" | "percentage" | "text";
                                version: number;
                            }[];
                        };
                    };
                };
                /** @description Not signed in, or the session or token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The policy does not allow this action on this record */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Define a data element
         * @description Access: policy `indicators.configure`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description How values combine within a period and over months: sum, average, or the last value in the period (then summed over areas)
                         * @enum {string}
                         */
                        aggregation: "sum" | "average" | "last";
                        /**
                         * @description snake_case, unique across elements, indicators and measures
                         * @example visitors
                         */
                        code: string;
                        /**
                         * @description Categories a value may be split by: sex (female/male), ethnicity (han/minority), ageBand (0-14/15-59/60+), urbanRural (urban/rural)
                         * @default []
                         */
                        disaggregations?: ("sex" | "ethnicity" | "ageBand" | "urbanRural")[];
                        /** @example 接待游客人次 */
                        name: string;
                        /** @example Visitors received */
                        nameEn: string;
                        /**
                         * @description Decimal places of a number element
                         * @default 0
                         */
                        scale?: number;
                        /**
                         * @description number (a decimal with `scale` places), money (integer fen), percentage (basis points), text
                         * @enum {string}
                         */
                        valueType: "number" | "money" | "percentage" | "text";
                    };
                };
            };
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            aggregation: "sum" | "average" | "last";
                            can: {
                                update: boolean;
                            };
                            code: string;
                            disaggregations: string[];
                            name: string;
                            nameEn: string;
                            scale: number;
                            /** @enum {string} */
                            valueType: "number" | "money" | "percentage" | "text";
                            version: number;
                        };
                    };
                };
                /** @description Not signed in, or the session or token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The policy does not allow this action on this record */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/indicators/elements/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Rename a data element or change its aggregation (If-Match: 409 when stale)
         * @description Access: policy `indicators.configure`.
         */
        patch: {
            parameters: {
                query?: never;
                header?: {
                    "if-match"?: string;
                };
                path: {
                    /** @description snake_case, unique across elements, indicators and measures */
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        aggregation?: "sum" | "average" | "last";
                        name?: string;
                        nameEn?: string;
                    };
                };
            };
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            aggregation: "sum" | "average" | "last";
                            can: {
                                update: boolean;
                            };
                            code: string;
                            disaggregations: string[];
                            name: string;
                            nameEn: string;
                            scale: number;
                            /** @enum {string} */
                            valueType: "number" | "money" | "percentage" | "text";
                            version: number;
                        };
                    };
                };
                /** @description Not signed in, or the session or token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The policy does not allow this action on this record */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/indicators/form": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The reporting form of a set for one area, period and optional donor: values, previous period, target
         * @description Access: policy `indicators.read`.
         */
        get: {
            parameters: {
                query: {
                    /** @description GB/T 2260 code; unpadded forms are accepted */
                    area: string;
                    donor?: string;
                    /** @description A year `2024`, a half `2024-H1`, a quarter `2024-Q3` or a month `2024-07` */
                    period: string;
                    set: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            area: {
                                code: string;
                                name: string;
                                nameEn: string;
                            };
                            can: {
                                enter: boolean;
                            };
                            donor: {
                                code: string;
                                name: string;
                                nameEn: string;
                            } | null;
                            /**
                             * Format: date
                             * @description From 1949-01-01 to 2100-12-31
                             * @example 2024-12-31
                             */
                            dueDate: string;
                            fields: {
                                element: {
                                    /** @enum {string} */
                                    aggregation: "sum" | "average" | "last";
                                    code: string;
                                    disaggregations: string[];
                                    name: string;
                                    nameEn: string;
                                    scale: number;
                                    /** @enum {string} */
                                    valueType: "number" | "money" | "percentage" | "text";
                                };
                                /** @description The previous period’s total */
                                previous: number | string | null;
                                target: number | string | null;
                                /** @description The total (cells added up), null when nothing is entered */
                                total: number | string | null;
                                /** @description The total and/or each disaggregation cell entered */
                                values: {
                                    cell: {
                                        [key: string]: string;
                                    };
                                    enteredBy: string;
                                    note: string | null;
                                    updatedAt: string;
                                    value: number | string | null;
                                    version: number;
                                }[];
                            }[];
                            indicators: {
                                code: string;
                                missing: string[];
                                name: string;
                                nameEn: string;
                                /** @enum {string} */
                                status: "ok" | "missing" | "divisionByZero";
                                value: number | null;
                            }[];
                            period: string;
                            previousPeriod: string;
                            set: {
                                code: string;
                                name: string;
                                nameEn: string;
                                /** @enum {string} */
                                periodType: "year" | "half" | "quarter" | "month";
                            };
                            /** @enum {string} */
                            status: "complete" | "partial" | "missing" | "late";
                        };
                    };
                };
                /** @description Not signed in, or the session or token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The policy does not allow this action on this record */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        /**
         * Save a reporting form: all values or none (422/403 naming the field)
         * @description Access: policy `indicators.enter`.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description GB/T 2260 code; unpadded forms are accepted
                         * @example 653201
                         */
                        area: string;
                        donor?: string | null;
                        /**
                         * @description A year `2024`, a half `2024-H1`, a quarter `2024-Q3` or a month `2024-07`
                         * @example 2024
                         */
                        period: string;
                        /** @example revolutionary-areas-annual */
                        set: string;
                        values: {
                            /** @description One option of each of the element’s categories; omitted for the total */
                            cell?: {
                                ageBand?: string;
                                ethnicity?: string;
                                sex?: string;
                                urbanRural?: string;
                            };
                            /**
                             * @description snake_case, unique across elements, indicators and measures
                             * @example visitors
                             */
                            element: string;
                            note?: string | null;
                            /** @description number: a decimal (JSON number or string); money: integer fen; percentage: integer basis points; text: a string; null clears */
                            value: number | string | null;
                        }[];
                    };
                };
            };
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            area: {
                                code: string;
                                name: string;
                                nameEn: string;
                            };
                            can: {
                                enter: boolean;
                            };
                            donor: {
                                code: string;
                                name: string;
                                nameEn: string;
                            } | null;
                            /**
                             * Format: date
                             * @description From 1949-01-01 to 2100-12-31
                             * @example 2024-12-31
                             */
                            dueDate: string;
                            fields: {
                                element: {
                                    /** @enum {string} */
                                    aggregation: "sum" | "average" | "last";
                                    code: string;
                                    disaggregations: string[];
                                    name: string;
                                    nameEn: string;
                                    scale: number;
                                    /** @enum {string} */
                                    valueType: "number" | "money" | "percentage" | "text";
                                };
                                /** @description The previous period’s total */
                                previous: number | string | null;
                                target: number | string | null;
                                /** @description The total (cells added up), null when nothing is entered */
                                total: number | string | null;
                                /** @description The total and/or each disaggregation cell entered */
                                values: {
                                    cell: {
                                        [key: string]: string;
                                    };
                                    enteredBy: string;
                                    note: string | null;
                                    updatedAt: string;
                                    value: number | string | null;
                                    version: number;
                                }[];
                            }[];
                            indicators: {
                                code: string;
                                missing: string[];
                                name: string;
                                nameEn: string;
                                /** @enum {string} */
                                status: "ok" | "missing" | "divisionByZero";
                                value: number | null;
                            }[];
                            period: string;
                            previousPeriod: string;
                            set: {
                                code: string;
                                name: string;
                                nameEn: string;
                                /** @enum {string} */
                                periodType: "year" | "half" | "quarter" | "month";
                            };
                            /** @enum {string} */
                            status: "complete" | "partial" | "missing" | "late";
                        };
                    };
                };
                /** @description Not signed in, or the session or token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The policy does not allow this action on this record */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/indicators/formulas": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Indicators: formulas over elements, indicators and measures
         * @description Access: policy `indicators.read`.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                can: {
                                    update: boolean;
                                };
                                code: string;
                                decimals: number;
                                formula: string;
                                inputs: {
                                    code: string;
                                    /** @enum {string} */
                                    kind: "element" | "indicator" | "measure";
                                }[];
                                name: string;
                                nameEn: string;
                                version: number;
                            }[];
                        };
                    };
                };
                /** @description Not signed in, or the session or token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The policy does not allow this action on this record */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Define an indicator (422: malformed, unknown code, text element, cycle)
         * @description Access: policy `indicators.configure`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description snake_case, unique across elements, indicators and measures
                         * @example visitors
                         */
                        code: string;
                        /** @default 2 */
                        decimals?: number;
                        /**
                         * @description Over element, indicator and measure codes: + - * / ( ), decimal numbers. A percentage element counts as a fraction (7000 bp = 0.7), money in fen
                         * @example tourism_revenue_fen / visitors
                         */
                        formula: string;
                        /** @example 人均旅游收入 */
                        name: string;
                        /** @example Tourism revenue per visitor */
                        nameEn: string;
                    };
                };
            };
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            can: {
                                update: boolean;
                            };
                            code: string;
                            decimals: number;
                            formula: string;
                            inputs: {
                                code: string;
                                /** @enum {string} */
                                kind: "element" | "indicator" | "measure";
                            }[];
                            name: string;
                            nameEn: string;
                            version: number;
                        };
                    };
                };
                /** @description Not signed in, or the session or token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The policy does not allow this action on this record */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/indicators/formulas/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change an indicator (If-Match: 409 when stale)
         * @description Access: policy `indicators.configure`.
         */
        patch: {
            parameters: {
                query?: never;
                header?: {
                    "if-match"?: string;
                };
                path: {
                    /** @description snake_case, unique across elements, indicators and measures */
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default 2 */
                        decimals?: number;
                        /**
                         * @description Over element, indicator and measure codes: + - * / ( ), decimal numbers. A percentage element counts as a fraction (7000 bp = 0.7), money in fen
                         * @example tourism_revenue_fen / visitors
                         */
                        formula?: string;
                        /** @example 人均旅游收入 */
                        name?: string;
                        /** @example Tourism revenue per visitor */
                        nameEn?: string;
                    };
                };
            };
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            can: {
                                update: boolean;
                            };
                            code: string;
                            decimals: number;
                            formula: string;
                            inputs: {
                                code: string;
                                /** @enum {string} */
                                kind: "element" | "indicator" | "measure";
                            }[];
                            name: string;
                            nameEn: string;
                            version: number;
                        };
                    };
                };
                /** @description Not signed in, or the session or token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The policy does not allow this action on this record */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/indicators/sets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Indicator sets, optionally of one programme
         * @description Access: policy `indicators.read`.
         */
        get: {
            parameters: {
                query?: {
                    programme?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                can: {
                                    /** @description May the caller enter values for some reporter of the set */
                                    enter: boolean;
                                    update: boolean;
                                };
                                code: string;
                                dueDays: number;
                                items: {
                                    code: string;
                                    /** @enum {string} */
                                    kind: "element" | "indicator";
                                    name: string;
                                    nameEn: string;
                                }[];
                                name: string;
                                nameEn: string;
                                /** @enum {string} */
                                periodType: "year" | "half" | "quarter" | "month";
                                programme: {
                                    code: string;
                                    name: string;
                                    nameEn: string;
                                };
                                reporters: {
                                    area: {
                                        code: string;
                                        name: string;
                                        nameEn: string;
                                    };
                                    donor: {
                                        code: string;
                                        name: string;
                                        nameEn: string;
                                    } | null;
                                }[];
                                version: number;
                            }[];
                        };
                    };
                };
                /** @description Not signed in, or the session or token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The policy does not allow this action on this record */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Define an indicator set for a programme
         * @description Access: policy `indicators.configure`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @example revolutionary-areas-annual */
                        code: string;
                        /** @description A period is due this many days after its last day */
                        dueDays: number;
                        /** @description Element and indicator codes, in form order */
                        items: string[];
                        name: string;
                        nameEn: string;
                        /** @enum {string} */
                        periodType: "year" | "half" | "quarter" | "month";
                        /** @example xinjiang */
                        programme: string;
                        /** @description The areas (optionally with a donor) that report the set */
                        reporters: {
                            /**
                             * @description GB/T 2260 code; unpadded forms are accepted
                             * @example 653201
                             */
                            area: string;
                            donor?: string | null;
                        }[];
                    };
                };
            };
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            can: {
                                /** @description May the caller enter values for some reporter of the set */
                                enter: boolean;
                                update: boolean;
                            };
                            code: string;
                            dueDays: number;
                            items: {
                                code: string;
                                /** @enum {string} */
                                kind: "element" | "indicator";
                                name: string;
                                nameEn: string;
                            }[];
                            name: string;
                            nameEn: string;
                            /** @enum {string} */
                            periodType: "year" | "half" | "quarter" | "month";
                            programme: {
                                code: string;
                                name: string;
                                nameEn: string;
                            };
                            reporters: {
                                area: {
                                    code: string;
                                    name: string;
                                    nameEn: string;
                                };
                                donor: {
                                    code: string;
                                    name: string;
                                    nameEn: string;
                                } | null;
                            }[];
                            version: number;
                        };
                    };
                };
                /** @description Not signed in, or the session or token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The policy does not allow this action on this record */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/indicators/sets/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One indicator set
         * @description Access: policy `indicators.read`.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            can: {
                                /** @description May the caller enter values for some reporter of the set */
                                enter: boolean;
                                update: boolean;
                            };
                            code: string;
                            dueDays: number;
                            items: {
                                code: string;
                                /** @enum {string} */
                                kind: "element" | "indicator";
                                name: string;
                                nameEn: string;
                            }[];
                            name: string;
                            nameEn: string;
                            /** @enum {string} */
                            periodType: "year" | "half" | "quarter" | "month";
                            programme: {
                                code: string;
                                name: string;
                                nameEn: string;
                            };
                            reporters: {
                                area: {
                                    code: string;
                                    name: string;
                                    nameEn: string;
                                };
                                donor: {
                                    code: string;
                                    name: string;
                                    nameEn: string;
                                } | null;
                            }[];
                            version: number;
                        };
                    };
                };
                /** @description Not signed in, or the session or token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The policy does not allow this action on this record */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/indicators/targets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Targets
         * @description Access: policy `indicators.read`.
         */
        get: {
            parameters: {
                query?: {
                    /** @description GB/T 2260 code; unpadded forms are accepted */
                    area?: string;
                    /** @description snake_case, unique across elements, indicators and measures */
                    element?: string;
                    /** @description A year `2024`, a half `2024-H1`, a quarter `2024-Q3` or a month `2024-07` */
                    period?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                area: {
                                    code: string;
                                    name: string;
                                    nameEn: string;
                                };
                                donor: {
                                    code: string;
                                    name: string;
                                    nameEn: string;
                                } | null;
                                element: string;
                                period: string;
                                value: number | string | null;
                                version: number;
                            }[];
                        };
                    };
                };
                /** @description Not signed in, or the session or token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The policy does not allow this action on this record */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        /**
         * Set a target for an element, area, period and optional donor
         * @description Access: policy `indicators.configure`.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description GB/T 2260 code; unpadded forms are accepted
                         * @example 653201
                         */
                        area: string;
                        donor?: string | null;
                        /**
                         * @description snake_case, unique across elements, indicators and measures
                         * @example visitors
                         */
                        element: string;
                        /**
                         * @description A year `2024`, a half `2024-H1`, a quarter `2024-Q3` or a month `2024-07`
                         * @example 2024
                         */
                        period: string;
                        /** @description In the element’s typed form (as a value) */
                        value: number | string;
                    };
                };
            };
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            area: {
                                code: string;
                                name: string;
                                nameEn: string;
                            };
                            donor: {
                                code: string;
                                name: string;
                                nameEn: string;
                            } | null;
                            element: string;
                            period: string;
                            value: number | string | null;
                            version: number;
                        };
                    };
                };
                /** @description Not signed in, or the session or token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The policy does not allow this action on this record */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/institution-pairings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Institution pairings the caller may see, by donor, area, period, kind, parent
         * @description Access: policy `institutionPairings.read`.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Records in this area or below it */
                    area?: string;
                    /** @description This donor's records, its organisations' too */
                    donor?: string;
                    /** @description Records active on or after this day */
                    from?: string;
                    /** @description hospital-department (以院包科: a donor hospital adopts a department of a recipient hospital), school-school (校校结对), township (乡镇结对: a donor-side organisation — a township, school, hospital, company or chamber — paired with a recipient township), other */
                    kind?: "hospital-department" | "school-school" | "township" | "other";
                    limit?: number;
                    offset?: number;
                    /** @description Those under this area pairing */
                    parent?: number;
                    /** @description Records active on or before this day */
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                can: {
                                    readHistory: boolean;
                                    write: boolean;
                                };
                                donor: {
                                    code: string;
                                    name: string;
                                    nameEn: string;
                                };
                                id: number;
                                /**
                                 * @description hospital-department (以院包科: a donor hospital adopts a department of a recipient hospital), school-school (校校结对), township (乡镇结对: a donor-side organisation — a township, school, hospital, company or chamber — paired with a recipient township), other
                                 * @enum {string}
                                 */
                                kind: "hospital-department" | "school-school" | "township" | "other";
                                note: string | null;
                                /** @description The note in English, when written */
                                noteEn: string | null;
                                /** @description The donor's area pairing it sits under */
                                parentId: number;
                                programme: string;
                                publishedAt: string | null;
                                /** @description The township, or the recipient organisation's area */
                                recipientArea: {
                                    code: string;
                                    level: string;
                                    name: string;
                                    nameEn: string;
                                };
                                recipientDepartment: string | null;
                                recipientOrg: {
                                    code: string;
                                    name: string;
                                    nameEn: string;
                                } | null;
                                validFrom: string;
                                validTo: string | null;
                                version: number;
                            }[];
                            limit: number;
                            offset: number;
                            total: number;
                        };
                    };
                };
                /** @description Not signed in, or the session or token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The policy does not allow this action on this record */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Create an institution pairing under a donor's area pairing
         * @description Access: policy `pairings.write`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description The donor-side organisation (a hospital, a school …)
                         * @example 110000
                         */
                        donorCode: string;
                        /**
                         * @description hospital-department (以院包科: a donor hospital adopts a department of a recipient hospital), school-school (校校结对), township (乡镇结对: a donor-side organisation — a township, school, hospital, company or chamber — paired with a recipient township), other
                         * @enum {string}
                         */
                        kind: "hospital-department" | "school-school" | "township" | "other";
                        note?: string | null;
                        noteEn?: string | null;
                        parentId: number;
                        /** @default false */
                        published?: boolean;
                        /**
                         * @description The recipient township (township pairings only)
                         * @example 653201
                         */
                        recipientAreaCode?: string;
                        recipientDepartment?: string;
                        /** @example 110000 */
                        recipientOrgCode?: string;
                        /**
                         * Format: date
                         * @description From 1949-01-01 to 2100-12-31
                         * @example 2024-12-31
                         */
                        validFrom: string;
                        validTo?: string | null;
                    };
                };
            };
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            can: {
                                readHistory: boolean;
                                write: boolean;
                            };
                            donor: {
                                code: string;
                                name: string;
                                nameEn: string;
                            };
                            id: number;
                            /**
                             * @description hospital-department (以院包科: a donor hospital adopts a department of a recipient hospital), school-school (校校结对), township (乡镇结对: a donor-side organisation — a township, school, hospital, company or chamber — paired with a recipient township), other
                             * @enum {string}
                             */
                            kind: "hospital-department" | "school-school" | "township" | "other";
                            note: string | null;
                            /** @description The note in English, when written */
                            noteEn: string | null;
                            /** @description The donor's area pairing it sits under */
                            parentId: number;
                            programme: string;
                            publishedAt: string | null;
                            /** @description The township, or the recipient organisation's area */
                            recipientArea: {
                                code: string;
                                level: string;
                                name: string;
                                nameEn: string;
                            };
                            recipientDepartment: string | null;
                            recipientOrg: {
                                code: string;
                                name: string;
                                nameEn: string;
                            } | null;
                            validFrom: string;
                            validTo: string | null;
                            version: number;
                        };
                    };
                };
                /** @description Not signed in, or the session or token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The policy does not allow this action on this record */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/institution-pairings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One institution pairing
         * @description Access: policy `institutionPairings.read`.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            can: {
                                readHistory: boolean;
                                write: boolean;
                            };
                            donor: {
                                code: string;
                                name: string;
                                nameEn: string;
                            };
                            id: number;
                            /**
                             * @description hospital-department (以院包科: a donor hospital adopts a department of a recipient hospital), school-school (校校结对), township (乡镇结对: a donor-side organisation — a township, school, hospital, company or chamber — paired with a recipient township), other
                             * @enum {string}
                             */
                            kind: "hospital-department" | "school-school" | "township" | "other";
                            note: string | null;
                            /** @description The note in English, when written */
                            noteEn: string | null;
                            /** @description The donor's area pairing it sits under */
                            parentId: number;
                            programme: string;
                            publishedAt: string | null;
                            /** @description The township, or the recipient organisation's area */
                            recipientArea: {
                                code: string;
                                level: string;
                                name: string;
                                nameEn: string;
                            };
                            recipientDepartment: string | null;
                            recipientOrg: {
                                code: string;
                                name: string;
                                nameEn: string;
                            } | null;
                            validFrom: string;
                            validTo: string | null;
                            version: number;
                        };
                    };
                };
                /** @description Not signed in, or the session or token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The policy does not allow this action on this record */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * End an institution pairing, or change its department, note or publication
         * @description Access: policy `pairings.write`.
         */
        patch: {
            parameters: {
                query?: never;
                header?: {
                    "if-match"?: string;
                };
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note?: string | null;
                        noteEn?: string | null;
                        published?: boolean;
                        recipientDepartment?: string | null;
                        validTo?: string | null;
                    };
                };
            };
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            can: {
                                readHistory: boolean;
                                write: boolean;
                            };
                            donor: {
                                code: string;
                                name: string;
                                nameEn: string;
                            };
                            id: number;
                            /**
                             * @description hospital-department (以院包科: a donor hospital adopts a department of a recipient hospital), school-school (校校结对), township (乡镇结对: a donor-side organisation — a township, school, hospital, company or chamber — paired with a recipient township), other
                             * @enum {string}
                             */
                            kind: "hospital-department" | "school-school" | "township" | "other";
                            note: string | null;
                            /** @description The note in English, when written */
                            noteEn: string | null;
                            /** @description The donor's area pairing it sits under */
                            parentId: number;
                            programme: string;
                            publishedAt: string | null;
                            /** @description The township, or the recipient organisation's area */
                            recipientArea: {
                                code: string;
                                level: string;
                                name: string;
                                nameEn: string;
                            };
                            recipientDepartment: string | null;
                            recipientOrg: {
                                code: string;
                                name: string;
                                nameEn: string;
                            } | null;
                            validFrom: string;
                            validTo: string | null;
                            version: number;
                        };
                    };
                };
                /** @description Not signed in, or the session or token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The policy does not allow this action on this record */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/institution-pairings/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An institution pairing's change history, newest first
         * @description Access: policy `institutionPairings.readHistory`.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                action: string;
                                actor: string;
                                /** @description The person's display name; null for the system */
                                actorName: string | null;
                                after: unknown;
                                at: string;
                                before: unknown;
                                changes: ({
                                    after: string | null;
                                    before: string | null;
                                    field: string;
                                    /** @enum {string} */
                                    kind: "text";
                                } | {
                                    after: number | null;
                                    before: number | null;
                                    field: string;
                                    /** @enum {string} */
                                    kind: "money";
                                } | {
                                    after: string | null;
                                    before: string | null;
                                    field: string;
                                    /** @enum {string} */
                                    kind: "date";
                                } | {
                                    after: string | null;
                                    before: string | null;
                                    field: string;
                                    /** @enum {string} */
                                    kind: "published";
                                } | {
                                    after: boolean | null;
                                    before: boolean | null;
                                    field: string;
                                    /** @enum {string} */
                                    kind: "flag";
                                } | {
                                    after: number | null;
                                    before: number | null;
                                    field: string;
                                    /** @enum {string} */
                                    kind: "number";
                                } | {
                                    after: {
                                        en: string | null;
                                        zh: string;
                                    } | null;
                                    before: {
                                        en: string | null;
                                        zh: string;
                                    } | null;
                                    field: string;
                                    /** @enum {string} */
                                    kind: "name";
                                } | {
                                    after: {
                                        en: string | null;
                                        zh: string;
                                    }[] | null;
                                    before: {
                                        en: string | null;
                                        zh: string;
                                    }[] | null;
                                    field: string;
                                    /** @enum {string} */
                                    kind: "names";
                                } | {
                                    after: string | null;
                                    before: string | null;
                                    field: string;
                                    /** @enum {string} */
                                    kind: "enum";
                                } | {
                                    after: number | null;
                                    before: number | null;
                                    field: string;
                                    /** @enum {string} */
                                    kind: "items";
                                } | {
                                    after: null;
                                    before: null;
                                    field: string;
                                    /** @enum {string} */
                                    kind: "reference";
                                })[];
                                entityId: string;
                                entityType: string;
                                id: number;
                            }[];
                        };
                    };
                };
                /** @description Not signed in, or the session or token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The policy does not allow this action on this record */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The background jobs, newest first
         * @description What ran, when, how many attempts, and the last error of a failing one (e.g. the daily `warnings.compute`).
         *
         *     Access: policy `jobs.read`.
         */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    name?: string;
                    offset?: number;
                    status?: "queued" | "running" | "done" | "failed";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                attempts: number;
                                createdAt: string;
                                id: number;
                                lastError: string | null;
                                maxAttempts: number;
                                /** @description The job’s definition, e.g. `warnings.compute` */
                                name: string;
                                payload: unknown;
                                /** @description When it is (or was) due */
                                runAt: string;
                                /** @enum {string} */
                                status: "queued" | "running" | "done" | "failed";
                                uniqueKey: string | null;
                                updatedAt: string;
                                version: number;
                            }[];
                            total: number;
                        };
                    };
                };
                /** @description Not signed in, or the session or token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The policy does not allow this action on this record */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/jobs/{id}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Put a failed job back in the queue
         * @description Due now, attempts counted afresh; 409 unless the job has failed.
         *
         *     Access: policy `jobs.write`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            attempts: number;
                            createdAt: string;
                            id: number;
                            lastError: string | null;
                            maxAttempts: number;
                            /** @description The job’s definition, e.g. `warnings.compute` */
                            name: string;
                            payload: unknown;
                            /** @description When it is (or was) due */
                            runAt: string;
                            /** @enum {string} */
                            status: "queued" | "running" | "done" | "failed";
                            uniqueKey: string | null;
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
                /** @description Not signed in, or the session or token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The policy does not allow this action on this record */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/mentorings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Mentorings the caller may see, by donor, area, period and mentor
         * @description Access: policy `mentoring.read`.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Records in this area or below it */
                    area?: string;
                    /** @description This donor's records, its organisations' too */
                    donor?: string;
                    /** @description Records active on or after this day */
                    from?: string;
                    limit?: number;
                    /** @description A person's mentees */
                    mentor?: number;
                    offset?: number;
                    /** @description Records active on or before this day */
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                area: {
                                    code: string;
                                    /** @enum {string} */
                                    level: "province" | "prefecture" | "county" | "township" | "village";
                                    name: string;
                                    /** @description The English name (和田地区 → Hotan Prefecture) */
                                    nameEn: string;
                                };
                                assessments: {
                                    /**
                                     * @description excellent (优秀), good (良好), pass (合格), fail (不合格)
                                     * @enum {string}
                                     */
                                    grade: "excellent" | "good" | "pass" | "fail";
                                    note: string | null;
                                    year: number;
                                }[];
                                can: {
                                    readHistory: boolean;
                                    write: boolean;
                                };
                                donor: {
                                    code: string;
                                    name: string;
                                    nameEn: string;
                                };
                                endsOn: string | null;
                                id: number;
                                mentee: {
                                    name: string;
                                    org: {
                                        code: string | null;
                                        name: string;
                                        nameEn: string;
                                    };
                                };
                                mentor: {
                                    id: number;
                                    name: string;
                                };
                                note: string | null;
                                publishedAt: string | null;
                                startsOn: string;
                                version: number;
                            }[];
                            limit: number;
                            offset: number;
                            total: number;
                        };
                    };
                };
                /** @description Not signed in, or the session or token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The policy does not allow this action on this record */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Record a mentor and a mentee
         * @description Access: policy `mentoring.write`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description GB/T 2260 code; unpadded forms are accepted
                         * @example 653201
                         */
                        areaCode: string;
                        endsOn?: string | null;
                        menteeName: string;
                        /** @example 110000 */
                        menteeOrgCode?: string;
                        menteeOrgName?: string;
                        mentorPersonId: number;
                        note?: string | null;
                        /** @default false */
                        published?: boolean;
                        /**
                         * Format: date
                         * @description From 1949-01-01 to 2100-12-31
                         * @example 2024-12-31
                         */
                        startsOn: string;
                    };
                };
            };
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            area: {
                                code: string;
                                /** @enum {string} */
                                level: "province" | "prefecture" | "county" | "township" | "village";
                                name: string;
                                /** @description The English name (和田地区 → Hotan Prefecture) */
                                nameEn: string;
                            };
                            assessments: {
                                /**
                                 * @description excellent (优秀), good (良好), pass (合格), fail (不合格)
                                 * @enum {string}
                                 */
                                grade: "excellent" | "good" | "pass" | "fail";
                                note: string | null;
                                year: number;
                            }[];
                            can: {
                                readHistory: boolean;
                                write: boolean;
                            };
                            donor: {
                                code: string;
                                name: string;
                                nameEn: string;
                            };
                            endsOn: string | null;
                            id: number;
                            mentee: {
                                name: string;
                                org: {
                                    code: string | null;
                                    name: string;
                                    nameEn: string;
                                };
                            };
                            mentor: {
                                id: number;
                                name: string;
                            };
                            note: string | null;
                            publishedAt: string | null;
                            startsOn: string;
                            version: number;
                        };
                    };
                };
                /** @description Not signed in, or the session or token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The policy does not allow this action on this record */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/mentorings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One mentoring with its assessments
         * @description Access: policy `mentoring.read`.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            area: {
                                code: string;
                                /** @enum {string} */
                                level: "province" | "prefecture" | "county" | "township" | "village";
                                name: string;
                                /** @description The English name (和田地区 → Hotan Prefecture) */
                                nameEn: string;
                            };
                            assessments: {
                                /**
                                 * @description excellent (优秀), good (良好), pass (合格), fail (不合格)
                                 * @enum {string}
                                 */
                                grade: "excellent" | "good" | "pass" | "fail";
                                note: string | null;
                                year: number;
                            }[];
                            can: {
                                readHistory: boolean;
                                write: boolean;
                            };
                            donor: {
                                code: string;
                                name: string;
                                nameEn: string;
                            };
                            endsOn: string | null;
                            id: number;
                            mentee: {
                                name: string;
                                org: {
                                    code: string | null;
                                    name: string;
                                    nameEn: string;
                                };
                            };
                            mentor: {
                                id: number;
                                name: string;
                            };
                            note: string | null;
                            publishedAt: string | null;
                            startsOn: string;
                            version: number;
                        };
                    };
                };
                /** @description Not signed in, or the session or token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The policy does not allow this action on this record */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change the mentee, the dates, the note or the publication
         * @description Access: policy `mentoring.write`.
         */
        patch: {
            parameters: {
                query?: never;
                header?: {
                    "if-match"?: string;
                };
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        endsOn?: string | null;
                        menteeName?: string;
                        menteeOrgName?: string | null;
                        note?: string | null;
                        published?: boolean;
                        /**
                         * Format: date
                         * @description From 1949-01-01 to 2100-12-31
                         * @example 2024-12-31
                         */
                        startsOn?: string;
                    };
                };
            };
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            area: {
                                code: string;
                                /** @enum {string} */
                                level: "province" | "prefecture" | "county" | "township" | "village";
                                name: string;
                                /** @description The English name (和田地区 → Hotan Prefecture) */
                                nameEn: string;
                            };
                            assessments: {
                                /**
                                 * @description excellent (优秀), good (良好), pass (合格), fail (不合格)
                                 * @enum {string}
                                 */
                                grade: "excellent" | "good" | "pass" | "fail";
                                note: string | null;
                                year: number;
                            }[];
                            can: {
                                readHistory: boolean;
                                write: boolean;
                            };
                            donor: {
                                code: string;
                                name: string;
                                nameEn: string;
                            };
                            endsOn: string | null;
                            id: number;
                            mentee: {
                                name: string;
                                org: {
                                    code: string | null;
                                    name: string;
                                    nameEn: string;
                                };
                            };
                            mentor: {
                                id: number;
                                name: string;
                            };
                            note: string | null;
                            publishedAt: string | null;
                            startsOn: string;
                            version: number;
                        };
                    };
                };
                /** @description Not signed in, or the session or token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The policy does not allow this action on this record */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/mentorings/{id}/assessments/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set one year's assessment (If-Match: the mentoring's version)
         * @description Access: policy `mentoring.write`.
         */
        put: {
            parameters: {
                query?: never;
                header?: {
                    "if-match"?: string;
                };
                path: {
                    id: number;
                    year: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description excellent (优秀), good (良好), pass (合格), fail (不合格)
                         * @enum {string}
                         */
                        grade: "excellent" | "good" | "pass" | "fail";
                        note?: string | null;
                    };
                };
            };
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            area: {
                                code: string;
                                /** @enum {string} */
                                level: "province" | "prefecture" | "county" | "township" | "village";
                                name: string;
                                /** @description The English name (和田地区 → Hotan Prefecture) */
                                nameEn: string;
                            };
                            assessments: {
                                /**
                                 * @description excellent (优秀), good (良好), pass (合格), fail (不合格)
                                 * @enum {string}
                                 */
                                grade: "excellent" | "good" | "pass" | "fail";
                                note: string | null;
                                year: number;
                            }[];
                            can: {
                                readHistory: boolean;
                                write: boolean;
                            };
                            donor: {
                                code: string;
                                name: string;
                                nameEn: string;
                            };
                            endsOn: string | null;
                            id: number;
                            mentee: {
                                name: string;
                                org: {
                                    code: string | null;
                                    name: string;
                                    nameEn: string;
                                };
                            };
                            mentor: {
                                id: number;
                                name: string;
                            };
                            note: string | null;
                            publishedAt: string | null;
                            startsOn: string;
                            version: number;
                        };
                    };
                };
                /** @description Not signed in, or the session or token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The policy does not allow this action on this record */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/mentorings/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A mentoring's change history, newest first
         * @description Access: policy `mentoring.readHistory`.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                action: string;
                                actor: string;
                                /** @description The person's display name; null for the system */
                                actorName: string | null;
                                after: unknown;
                                at: string;
                                before: unknown;
                                changes: ({
                                    after: string | null;
                                    before: string | null;
                                    field: string;
                                    /** @enum {string} */
                                    kind: "text";
                                } | {
                                    after: number | null;
                                    before: number | null;
                                    field: string;
                                    /** @enum {string} */
                                    kind: "money";
                                } | {
                                    after: string | null;
                                    before: string | null;
                                    field: string;
                                    /** @enum {string} */
                                    kind: "date";
                                } | {
                                    after: string | null;
                                    before: string | null;
                                    field: string;
                                    /** @enum {string} */
                                    kind: "published";
                                } | {
                                    after: boolean | null;
                                    before: boolean | null;
                                    field: string;
                                    /** @enum {string} */
                                    kind: "flag";
                                } | {
                                    after: number | null;
                                    before: number | null;
                                    field: string;
                                    /** @enum {string} */
                                    kind: "number";
                                } | {
                                    after: {
                                        en: string | null;
                                        zh: string;
                                    } | null;
                                    before: {
                                        en: string | null;
                                        zh: string;
                                    } | null;
                                    field: string;
                                    /** @enum {string} */
                                    kind: "name";
                                } | {
                                    after: {
                                        en: string | null;
                                        zh: string;
                                    }[] | null;
                                    before: {
                                        en: string | null;
                                        zh: string;
                                    }[] | null;
                                    field: string;
                                    /** @enum {string} */
                                    kind: "names";
                                } | {
                                    after: string | null;
                                    before: string | null;
                                    field: string;
                                    /** @enum {string} */
                                    kind: "enum";
                                } | {
                                    after: number | null;
                                    before: number | null;
                                    field: string;
                                    /** @enum {string} */
                                    kind: "items";
                                } | {
                                    after: null;
                                    before: null;
                                    field: string;
                                    /** @enum {string} */
                                    kind: "reference";
                                })[];
                                entityId: string;
                                entityType: string;
                                id: number;
                            }[];
                        };
                    };
                };
                /** @description Not signed in, or the session or token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The policy does not allow this action on this record */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List organisations */
        get: {
            parameters: {
                query?: {
                    kind?: "donor-province" | "donor-city" | "donor-district" | "frontline-hq" | "programme-office" | "recipient-government" | "hospital" | "school" | "company" | "audit-office" | "other";
                    limit?: number;
                    offset?: number;
                    /** @description Direct children of this organisation */
                    parent?: string;
                    /** @description Code, Chinese or English name (case-insensitive) */
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                areaCode: string | null;
                                code: string;
                                kind: string;
                                name: string;
                                nameEn: string;
                                parent: {
                                    code: string;
                                    name: string;
                                } | null;
                                version: number;
                            }[];
                            total: number;
                        };
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Add an organisation under an existing parent
         * @description Access: policy `organisations.write`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Where the organisation sits */
                        areaCode?: string | null;
                        /** @example 110000 */
                        code: string;
                        /** @enum {string} */
                        kind: "donor-province" | "donor-city" | "donor-district" | "frontline-hq" | "programme-office" | "recipient-government" | "hospital" | "school" | "company" | "audit-office" | "other";
                        name: string;
                        /** @default  */
                        nameEn?: string;
                        parentCode?: string | null;
                    };
                };
            };
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            areaCode: string | null;
                            code: string;
                            kind: string;
                            name: string;
                            nameEn: string;
                            parent: {
                                code: string;
                                name: string;
                            } | null;
                            version: number;
                        };
                    };
                };
                /** @description Not signed in, or the session or token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The policy does not allow this action on this record */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One organisation */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            areaCode: string | null;
                            code: string;
                            kind: string;
                            name: string;
                            nameEn: string;
                            parent: {
                                code: string;
                                name: string;
                            } | null;
                            version: number;
                        };
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change an organisation
         * @description Access: policy `organisations.write`.
         */
        patch: {
            parameters: {
                query?: never;
                header?: {
                    "if-match"?: string;
                };
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        areaCode?: string | null;
                        /** @enum {string} */
                        kind?: "donor-province" | "donor-city" | "donor-district" | "frontline-hq" | "programme-office" | "recipient-government" | "hospital" | "school" | "company" | "audit-office" | "other";
                        name?: string;
                        nameEn?: string;
                        parentCode?: string | null;
                    };
                };
            };
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            areaCode: string | null;
                            code: string;
                            kind: string;
                            name: string;
                            nameEn: string;
                            parent: {
                                code: string;
                                name: string;
                            } | null;
                            version: number;
                        };
                    };
                };
                /** @description Not signed in, or the session or token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The policy does not allow this action on this record */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/pairings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The pairing table (by default the national, top-level pairings) */
        get: {
            parameters: {
                query?: {
                    /** @description Pairings of this area and of its ancestors */
                    area?: string;
                    /** @description Only pairings valid on this date */
                    date?: string;
                    /** @description Pairings of this donor organisation */
                    donor?: string;
                    /** @description Include sub-pairings (default: the national list only) */
                    includeSub?: "0" | "1" | "true" | "false";
                    programme?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                confidence: string | null;
                                donor: {
                                    code: string;
                                    name: string;
                                    nameEn: string;
                                };
                                id: number;
                                note: string | null;
                                /** @description The note in English; null where there is none (show `note`) */
                                noteEn: string | null;
                                /** @description Set for a sub-pairing */
                                parentId: number | null;
                                programme: string;
                                /** @description The recipient area; null for an organisation ↔ organisation pairing */
                                recipient: {
                                    code: string;
                                    kind: string | null;
                                    level: string;
                                    name: string;
                                    /** @description The English name (Hotan Prefecture) */
                                    nameEn: string;
                                    namePinyin: string;
                                    xpccDivision: string | null;
                                } | null;
                                /** @description The recipient organisation (以院包科); null for an area pairing */
                                recipientOrg: {
                                    code: string;
                                    name: string;
                                } | null;
                                validFrom: string;
                                validTo: string | null;
                                version: number;
                            }[];
                            total: number;
                        };
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Create a pairing or a sub-pairing
         * @description Access: policy `pairings.write`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        confidence?: ("H" | "M" | "L") | null;
                        /** @example 110000 */
                        donorCode: string;
                        note?: string | null;
                        /** @description Makes a sub-pairing */
                        parentId?: number;
                        /**
                         * @description Required for a top-level pairing; a sub-pairing takes its parent’s
                         * @example xinjiang
                         */
                        programme?: string;
                        /**
                         * @description GB/T 2260 code; unpadded forms are accepted
                         * @example 653201
                         */
                        recipientAreaCode?: string;
                        /**
                         * @description For an organisation ↔ organisation pairing, instead of an area
                         * @example 110000
                         */
                        recipientOrgCode?: string;
                        /**
                         * Format: date
                         * @description From 1949-01-01 to 2100-12-31
                         * @example 2024-12-31
                         */
                        validFrom: string;
                        validTo?: string | null;
                    };
                };
            };
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            confidence: string | null;
                            donor: {
                                code: string;
                                name: string;
                                nameEn: string;
                            };
                            id: number;
                            note: string | null;
                            /** @description The note in English; null where there is none (show `note`) */
                            noteEn: string | null;
                            /** @description Set for a sub-pairing */
                            parentId: number | null;
                            programme: string;
                            /** @description The recipient area; null for an organisation ↔ organisation pairing */
                            recipient: {
                                code: string;
                                kind: string | null;
                                level: string;
                                name: string;
                                /** @description The English name (Hotan Prefecture) */
                                nameEn: string;
                                namePinyin: string;
                                xpccDivision: string | null;
                            } | null;
                            /** @description The recipient organisation (以院包科); null for an area pairing */
                            recipientOrg: {
                                code: string;
                                name: string;
                            } | null;
                            validFrom: string;
                            validTo: string | null;
                            version: number;
                        };
                    };
                };
                /** @description Not signed in, or the session or token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The policy does not allow this action on this record */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/pairings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One pairing */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            confidence: string | null;
                            donor: {
                                code: string;
                                name: string;
                                nameEn: string;
                            };
                            id: number;
                            note: string | null;
                            /** @description The note in English; null where there is none (show `note`) */
                            noteEn: string | null;
                            /** @description Set for a sub-pairing */
                            parentId: number | null;
                            programme: string;
                            /** @description The recipient area; null for an organisation ↔ organisation pairing */
                            recipient: {
                                code: string;
                                kind: string | null;
                                level: string;
                                name: string;
                                /** @description The English name (Hotan Prefecture) */
                                nameEn: string;
                                namePinyin: string;
                                xpccDivision: string | null;
                            } | null;
                            /** @description The recipient organisation (以院包科); null for an area pairing */
                            recipientOrg: {
                                code: string;
                                name: string;
                            } | null;
                            validFrom: string;
                            validTo: string | null;
                            version: number;
                        };
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * End a pairing, or change its note or confidence
         * @description Access: policy `pairings.write`.
         */
        patch: {
            parameters: {
                query?: never;
                header?: {
                    "if-match"?: string;
                };
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        confidence?: ("H" | "M" | "L") | null;
                        note?: string | null;
                        /** @description Set to end the pairing; null reopens it */
                        validTo?: string | null;
                    };
                };
            };
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            confidence: string | null;
                            donor: {
                                code: string;
                                name: string;
                                nameEn: string;
                            };
                            id: number;
                            note: string | null;
                            /** @description The note in English; null where there is none (show `note`) */
                            noteEn: string | null;
                            /** @description Set for a sub-pairing */
                            parentId: number | null;
                            programme: string;
                            /** @description The recipient area; null for an organisation ↔ organisation pairing */
                            recipient: {
                                code: string;
                                kind: string | null;
                                level: string;
                                name: string;
                                /** @description The English name (Hotan Prefecture) */
                                nameEn: string;
                                namePinyin: string;
                                xpccDivision: string | null;
                            } | null;
                            /** @description The recipient organisation (以院包科); null for an area pairing */
                            recipientOrg: {
                                code: string;
                                name: string;
                            } | null;
                            validFrom: string;
                            validTo: string | null;
                            version: number;
                        };
                    };
                };
                /** @description Not signed in, or the session or token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The policy does not allow this action on this record */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/pairings/classify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Is work by a donor in an area on a date in-pair or cross-pair? */
        get: {
            parameters: {
                query: {
                    /** @description Where the work is located */
                    area: string;
                    /** @description When the work happened; default today (UTC) */
                    date?: string;
                    /** @description The organisation doing the work (a donor, HQ, city …) */
                    donor: string;
                    programme?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            classification: "in-pair" | "cross-pair";
                            pairedDonors: {
                                code: string;
                                name: string;
                                nameEn: string;
                                pairingId: number;
                                programme: string;
                                sub: boolean;
                                via: {
                                    code: string;
                                    /** @enum {string} */
                                    level: "province" | "prefecture" | "county" | "township" | "village";
                                    name: string;
                                    /** @description The English name (和田地区 → Hotan Prefecture) */
                                    nameEn: string;
                                };
                            }[];
                        };
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people/access-log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Reads of unmasked personal data, newest first (auditors, programme office)
         * @description Access: policy `people.accessLog`.
         */
        get: {
            parameters: {
                query?: {
                    beforeId?: number;
                    limit?: number;
                    person?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                actor: string;
                                at: string;
                                id: number;
                                person: {
                                    id: number;
                                    nameZh: string;
                                };
                                purpose: string;
                                requestId: string | null;
                            }[];
                        };
                    };
                };
                /** @description Not signed in, or the session or token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The policy does not allow this action on this record */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people/batches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Batches by donor (with its sub-organisations) and programme
         * @description Access: policy `people.read`.
         */
        get: {
            parameters: {
                query?: {
                    donor?: string;
                    programme?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            donor: {
                                code: string;
                                name: string;
                                nameEn: string;
                            };
                            id: number;
                            name: string | null;
                            number: number;
                            programme: string;
                            startsOn: string | null;
                            version: number;
                        }[];
                    };
                };
                /** @description Not signed in, or the session or token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The policy does not allow this action on this record */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Open a donor’s batch in a programme (numbers per donor and programme)
         * @description Access: policy `people.write`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @example 110000 */
                        donor: string;
                        name?: string | null;
                        number: number;
                        /**
                         * @default xinjiang
                         * @example xinjiang
                         */
                        programme?: string;
                        startsOn?: string | null;
                    };
                };
            };
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            donor: {
                                code: string;
                                name: string;
                                nameEn: string;
                            };
                            id: number;
                            name: string | null;
                            number: number;
                            programme: string;
                            startsOn: string | null;
                            version: number;
                        };
                    };
                };
                /** @description Not signed in, or the session or token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The policy does not allow this action on this record */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people/batches/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One batch with its postings and people (those the caller may see) and counts
         * @description Access: policy `people.read`.
         */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    offset?: number;
                };
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            can: {
                                update: boolean;
                            };
                            /** @description Of the batch’s postings the caller may see */
                            counts: {
                                byKind: {
                                    kind: string;
                                    postings: number;
                                    serving: number;
                                }[];
                                flexible: number;
                                longTerm: number;
                                people: number;
                                postings: number;
                                servingToday: number;
                            };
                            /** @description The day `servingToday` counts (today, UTC) */
                            date: string;
                            donor: {
                                code: string;
                                name: string;
                                nameEn: string;
                            };
                            id: number;
                            items: {
                                person: {
                                    donor: {
                                        code: string;
                                        name: string;
                                        nameEn: string;
                                    };
                                    id: number;
                                    nameUg: string | null;
                                    nameZh: string;
                                    /** @description Unmasked only for the person’s own donor and the coordinator (each such read is logged) */
                                    personal: {
                                        birthYear: number | null;
                                        idCardNumber: string | null;
                                        /** @description True when shown masked to this caller */
                                        masked: boolean;
                                        phone: string | null;
                                    };
                                    published: boolean;
                                    /** @enum {string} */
                                    sex: "female" | "male";
                                };
                                posting: {
                                    actualEnd: string | null;
                                    area: {
                                        code: string;
                                        name: string;
                                        nameEn: string;
                                    };
                                    batch: {
                                        id: number;
                                        name: string | null;
                                        number: number;
                                    } | null;
                                    crossPair: boolean;
                                    endReason: string | null;
                                    endsOn: string;
                                    hostOrg: {
                                        code: string | null;
                                        name: string;
                                        nameEn: string;
                                    };
                                    id: number;
                                    kind: string;
                                    /** @enum {string} */
                                    mode: "long-term" | "flexible";
                                    plannedEnd: string;
                                    programme: string;
                                    role: string;
                                    termStart: string;
                                    version: number;
                                };
                            }[];
                            name: string | null;
                            number: number;
                            programme: string;
                            startsOn: string | null;
                            total: number;
                            version: number;
                        };
                    };
                };
                /** @description Not signed in, or the session or token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The policy does not allow this action on this record */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a batch’s number, name or start (If-Match: the batch’s version)
         * @description Access: policy `people.write`.
         */
        patch: {
            parameters: {
                query?: never;
                header?: {
                    "if-match"?: string;
                };
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string | null;
                        number?: number;
                        startsOn?: string | null;
                    };
                };
            };
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            donor: {
                                code: string;
                                name: string;
                                nameEn: string;
                            };
                            id: number;
                            name: string | null;
                            number: number;
                            programme: string;
                            startsOn: string | null;
                            version: number;
                        };
                    };
                };
                /** @description Not signed in, or the session or token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The policy does not allow this action on this record */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/people/counts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * People serving on a date (or postings started per year) by donor, kind, batch, area or year
         * @description Access: policy `people.read`.
         */
        get: {
            parameters: {
                query: {
                    /** @description GB/T 2260 code; unpadded forms are accepted */
                    area?: string;
                    /** @description `area` rolls up the area tree: to the children of `area` (the area itself for postings there), or without it to the prefectures */
                    by: "donor" | "kind" | "batch" | "area" | "year";
                    /** @description Serving on this day (default today); `by=year` counts postings started per year instead */
                    date?: string;
                    donor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            by: "donor" | "kind" | "batch" | "area" | "year";
                            date: string | null;
                            rows: {
                                flexible: number;
                                key: string;
                                longTerm: number;
                                name: string;
                                nameEn: string;
                            }[];
                        };
                    };
                };
                /** @description Not signed in, or the session or token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The policy does not allow this action on this record */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people/kinds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Personnel kinds with their default terms and programmes’ own
         * @description Access: policy `people.read`.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            defaultTermMonths: number;
                            name: string;
                            nameEn: string;
                            /** @description Term in months by programme, where a programme sets its own */
                            terms: {
                                [key: string]: number;
                            };
                        }[];
                    };
                };
                /** @description Not signed in, or the session or token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The policy does not allow this action on this record */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people/persons": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Persons the caller may see, with or without postings, by donor and name (paged)
         * @description Personal data masked unless the caller is the person’s donor or the programme office (then the read is logged).
         *
         *     Access: policy `people.read`.
         */
        get: {
            parameters: {
                query?: {
                    /** @description The donor and its sub-organisations */
                    donor?: string;
                    limit?: number;
                    offset?: number;
                    /** @description Part of the name (Chinese or Uyghur script) */
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                donor: {
                                    code: string;
                                    name: string;
                                    nameEn: string;
                                };
                                id: number;
                                nameUg: string | null;
                                nameZh: string;
                                /** @description Unmasked only for the person’s own donor and the coordinator (each such read is logged) */
                                personal: {
                                    birthYear: number | null;
                                    idCardNumber: string | null;
                                    /** @description True when shown masked to this caller */
                                    masked: boolean;
                                    phone: string | null;
                                };
                                /** @description How many postings the person has had */
                                postings: number;
                                published: boolean;
                                /** @enum {string} */
                                sex: "female" | "male";
                            }[];
                            total: number;
                        };
                    };
                };
                /** @description Not signed in, or the session or token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The policy does not allow this action on this record */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Register a person sent by a donor
         * @description Access: policy `people.write`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        birthYear?: number | null;
                        /**
                         * @description The donor sending the person
                         * @example 110000
                         */
                        donor: string;
                        ethnicity?: string | null;
                        /** @description A known home organisation */
                        homeOrg?: string | null;
                        /** @description The home organisation by name, when it is not a known one */
                        homeOrgName?: string | null;
                        /** @description 18 characters, GB 11643 check character verified */
                        idCardNumber?: string | null;
                        /** @description The name in Uyghur script */
                        nameUg?: string | null;
                        /** @description The name in Chinese */
                        nameZh: string;
                        phone?: string | null;
                        /** @default false */
                        published?: boolean;
                        /** @enum {string} */
                        sex: "female" | "male";
                    };
                };
            };
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description What the caller may do with this person now, by the same policies */
                            can: {
                                addPosting: boolean;
                                /** @description Sees the personal data unmasked */
                                personalData: boolean;
                                publish: boolean;
                                /** @description GET /api/people/persons/{id}/history */
                                readHistory: boolean;
                                update: boolean;
                            };
                            createdAt: string;
                            donor: {
                                code: string;
                                name: string;
                                nameEn: string;
                            };
                            ethnicity: string | null;
                            homeOrg: {
                                code: string | null;
                                name: string | null;
                                nameEn: string | null;
                            };
                            id: number;
                            nameUg: string | null;
                            nameZh: string;
                            /** @description Unmasked only for the person’s own donor and the coordinator (each such read is logged) */
                            personal: {
                                birthYear: number | null;
                                idCardNumber: string | null;
                                /** @description True when shown masked to this caller */
                                masked: boolean;
                                phone: string | null;
                            };
                            postings: {
                                actualEnd: string | null;
                                area: {
                                    code: string;
                                    name: string;
                                    nameEn: string;
                                };
                                batch: {
                                    id: number;
                                    name: string | null;
                                    number: number;
                                } | null;
                                can: {
                                    end: boolean;
                                    update: boolean;
                                };
                                crossPair: boolean;
                                endReason: string | null;
                                endsOn: string;
                                hostOrg: {
                                    code: string | null;
                                    name: string;
                                    nameEn: string;
                                };
                                id: number;
                                kind: string;
                                /** @enum {string} */
                                mode: "long-term" | "flexible";
                                plannedEnd: string;
                                programme: string;
                                role: string;
                                termStart: string;
                                version: number;
                            }[];
                            published: boolean;
                            publishedAt: string | null;
                            /** @enum {string} */
                            sex: "female" | "male";
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
                /** @description Not signed in, or the session or token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The policy does not allow this action on this record */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people/persons/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One person with their postings (personal data masked unless their donor’s)
         * @description Access: policy `people.read`.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description What the caller may do with this person now, by the same policies */
                            can: {
                                addPosting: boolean;
                                /** @description Sees the personal data unmasked */
                                personalData: boolean;
                                publish: boolean;
                                /** @description GET /api/people/persons/{id}/history */
                                readHistory: boolean;
                                update: boolean;
                            };
                            createdAt: string;
                            donor: {
                                code: string;
                                name: string;
                                nameEn: string;
                            };
                            ethnicity: string | null;
                            homeOrg: {
                                code: string | null;
                                name: string | null;
                                nameEn: string | null;
                            };
                            id: number;
                            nameUg: string | null;
                            nameZh: string;
                            /** @description Unmasked only for the person’s own donor and the coordinator (each such read is logged) */
                            personal: {
                                birthYear: number | null;
                                idCardNumber: string | null;
                                /** @description True when shown masked to this caller */
                                masked: boolean;
                                phone: string | null;
                            };
                            postings: {
                                actualEnd: string | null;
                                area: {
                                    code: string;
                                    name: string;
                                    nameEn: string;
                                };
                                batch: {
                                    id: number;
                                    name: string | null;
                                    number: number;
                                } | null;
                                can: {
                                    end: boolean;
                                    update: boolean;
                                };
                                crossPair: boolean;
                                endReason: string | null;
                                endsOn: string;
                                hostOrg: {
                                    code: string | null;
                                    name: string;
                                    nameEn: string;
                                };
                                id: number;
                                kind: string;
                                /** @enum {string} */
                                mode: "long-term" | "flexible";
                                plannedEnd: string;
                                programme: string;
                                role: string;
                                termStart: string;
                                version: number;
                            }[];
                            published: boolean;
                            publishedAt: string | null;
                            /** @enum {string} */
                            sex: "female" | "male";
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
                /** @description Not signed in, or the session or token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The policy does not allow this action on this record */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a person’s fields (If-Match: the version)
         * @description Access: policy `people.write`.
         */
        patch: {
            parameters: {
                query?: never;
                header?: {
                    "if-match"?: string;
                };
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        birthYear?: number | null;
                        /**
                         * @description Another donor (its editors and the programme office only), while the person has no posting
                         * @example 110000
                         */
                        donor?: string;
                        ethnicity?: string | null;
                        /** @description A known home organisation */
                        homeOrg?: string | null;
                        /** @description The home organisation by name, when it is not a known one */
                        homeOrgName?: string | null;
                        /** @description 18 characters, GB 11643 check character verified */
                        idCardNumber?: string | null;
                        /** @description The name in Uyghur script */
                        nameUg?: string | null;
                        /** @description The name in Chinese */
                        nameZh?: string;
                        phone?: string | null;
                        /** @enum {string} */
                        sex?: "female" | "male";
                    };
                };
            };
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description What the caller may do with this person now, by the same policies */
                            can: {
                                addPosting: boolean;
                                /** @description Sees the personal data unmasked */
                                personalData: boolean;
                                publish: boolean;
                                /** @description GET /api/people/persons/{id}/history */
                                readHistory: boolean;
                                update: boolean;
                            };
                            createdAt: string;
                            donor: {
                                code: string;
                                name: string;
                                nameEn: string;
                            };
                            ethnicity: string | null;
                            homeOrg: {
                                code: string | null;
                                name: string | null;
                                nameEn: string | null;
                            };
                            id: number;
                            nameUg: string | null;
                            nameZh: string;
                            /** @description Unmasked only for the person’s own donor and the coordinator (each such read is logged) */
                            personal: {
                                birthYear: number | null;
                                idCardNumber: string | null;
                                /** @description True when shown masked to this caller */
                                masked: boolean;
                                phone: string | null;
                            };
                            postings: {
                                actualEnd: string | null;
                                area: {
                                    code: string;
                                    name: string;
                                    nameEn: string;
                                };
                                batch: {
                                    id: number;
                                    name: string | null;
                                    number: number;
                                } | null;
                                can: {
                                    end: boolean;
                                    update: boolean;
                                };
                                crossPair: boolean;
                                endReason: string | null;
                                endsOn: string;
                                hostOrg: {
                                    code: string | null;
                                    name: string;
                                    nameEn: string;
                                };
                                id: number;
                                kind: string;
                                /** @enum {string} */
                                mode: "long-term" | "flexible";
                                plannedEnd: string;
                                programme: string;
                                role: string;
                                termStart: string;
                                version: number;
                            }[];
                            published: boolean;
                            publishedAt: string | null;
                            /** @enum {string} */
                            sex: "female" | "male";
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
                /** @description Not signed in, or the session or token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The policy does not allow this action on this record */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/people/persons/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A person's change history and their postings', newest first (the programme office, auditors and their donor's editors; personal data masked as on the person's page)
         * @description Access: policy `people.readHistory`.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                action: string;
                                actor: string;
                                /** @description The person's display name; null for the system */
                                actorName: string | null;
                                after: unknown;
                                at: string;
                                before: unknown;
                                changes: ({
                                    after: string | null;
                                    before: string | null;
                                    field: string;
                                    /** @enum {string} */
                                    kind: "text";
                                } | {
                                    after: number | null;
                                    before: number | null;
                                    field: string;
                                    /** @enum {string} */
                                    kind: "money";
                                } | {
                                    after: string | null;
                                    before: string | null;
                                    field: string;
                                    /** @enum {string} */
                                    kind: "date";
                                } | {
                                    after: string | null;
                                    before: string | null;
                                    field: string;
                                    /** @enum {string} */
                                    kind: "published";
                                } | {
                                    after: boolean | null;
                                    before: boolean | null;
                                    field: string;
                                    /** @enum {string} */
                                    kind: "flag";
                                } | {
                                    after: number | null;
                                    before: number | null;
                                    field: string;
                                    /** @enum {string} */
                                    kind: "number";
                                } | {
                                    after: {
                                        en: string | null;
                                        zh: string;
                                    } | null;
                                    before: {
                                        en: string | null;
                                        zh: string;
                                    } | null;
                                    field: string;
                                    /** @enum {string} */
                                    kind: "name";
                                } | {
                                    after: {
                                        en: string | null;
                                        zh: string;
                                    }[] | null;
                                    before: {
                                        en: string | null;
                                        zh: string;
                                    }[] | null;
                                    field: string;
                                    /** @enum {string} */
                                    kind: "names";
                                } | {
                                    after: string | null;
                                    before: string | null;
                                    field: string;
                                    /** @enum {string} */
                                    kind: "enum";
                                } | {
                                    after: number | null;
                                    before: number | null;
                                    field: string;
                                    /** @enum {string} */
                                    kind: "items";
                                } | {
                                    after: null;
                                    before: null;
                                    field: string;
                                    /** @enum {string} */
                                    kind: "reference";
                                })[];
                                entityId: string;
                                entityType: string;
                                id: number;
                            }[];
                        };
                    };
                };
                /** @description Not signed in, or the session or token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The policy does not allow this action on this record */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people/persons/{id}/postings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a posting (If-Match: the person’s version)
         * @description Access: policy `people.write`.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    "if-match"?: string;
                };
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description GB/T 2260 code; unpadded forms are accepted
                         * @example 653201
                         */
                        area: string;
                        /** @description The batch (id), if any */
                        batch?: number | null;
                        /**
                         * @description Knowingly outside the donor’s pairing (打破对结)
                         * @default false
                         */
                        crossPair?: boolean;
                        hostOrg?: string | null;
                        hostOrgName?: string | null;
                        /** @description A personnel kind: cadre, teacher, doctor, technician, other … */
                        kind: string;
                        /**
                         * @default long-term
                         * @enum {string}
                         */
                        mode?: "long-term" | "flexible";
                        /**
                         * Format: date
                         * @description Defaults to the kind’s term for the programme (cadre 36 months …)
                         * @example 2024-12-31
                         */
                        plannedEnd?: string;
                        /**
                         * @default xinjiang
                         * @example xinjiang
                         */
                        programme?: string;
                        /** @example 喀什地区工业和信息化局副局长 */
                        role: string;
                        /**
                         * Format: date
                         * @description From 1949-01-01 to 2100-12-31
                         * @example 2024-12-31
                         */
                        termStart: string;
                    };
                };
            };
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description What the caller may do with this person now, by the same policies */
                            can: {
                                addPosting: boolean;
                                /** @description Sees the personal data unmasked */
                                personalData: boolean;
                                publish: boolean;
                                /** @description GET /api/people/persons/{id}/history */
                                readHistory: boolean;
                                update: boolean;
                            };
                            createdAt: string;
                            donor: {
                                code: string;
                                name: string;
                                nameEn: string;
                            };
                            ethnicity: string | null;
                            homeOrg: {
                                code: string | null;
                                name: string | null;
                                nameEn: string | null;
                            };
                            id: number;
                            nameUg: string | null;
                            nameZh: string;
                            /** @description Unmasked only for the person’s own donor and the coordinator (each such read is logged) */
                            personal: {
                                birthYear: number | null;
                                idCardNumber: string | null;
                                /** @description True when shown masked to this caller */
                                masked: boolean;
                                phone: string | null;
                            };
                            postings: {
                                actualEnd: string | null;
                                area: {
                                    code: string;
                                    name: string;
                                    nameEn: string;
                                };
                                batch: {
                                    id: number;
                                    name: string | null;
                                    number: number;
                                } | null;
                                can: {
                                    end: boolean;
                                    update: boolean;
                                };
                                crossPair: boolean;
                                endReason: string | null;
                                endsOn: string;
                                hostOrg: {
                                    code: string | null;
                                    name: string;
                                    nameEn: string;
                                };
                                id: number;
                                kind: string;
                                /** @enum {string} */
                                mode: "long-term" | "flexible";
                                plannedEnd: string;
                                programme: string;
                                role: string;
                                termStart: string;
                                version: number;
                            }[];
                            published: boolean;
                            publishedAt: string | null;
                            /** @enum {string} */
                            sex: "female" | "male";
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
                /** @description Not signed in, or the session or token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The policy does not allow this action on this record */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people/persons/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Publish a person (any signed-in user then sees them, personal data masked)
         * @description Access: policy `people.write`.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    "if-match"?: string;
                };
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description What the caller may do with this person now, by the same policies */
                            can: {
                                addPosting: boolean;
                                /** @description Sees the personal data unmasked */
                                personalData: boolean;
                                publish: boolean;
                                /** @description GET /api/people/persons/{id}/history */
                                readHistory: boolean;
                                update: boolean;
                            };
                            createdAt: string;
                            donor: {
                                code: string;
                                name: string;
                                nameEn: string;
                            };
                            ethnicity: string | null;
                            homeOrg: {
                                code: string | null;
                                name: string | null;
                                nameEn: string | null;
                            };
                            id: number;
                            nameUg: string | null;
                            nameZh: string;
                            /** @description Unmasked only for the person’s own donor and the coordinator (each such read is logged) */
                            personal: {
                                birthYear: number | null;
                                idCardNumber: string | null;
                                /** @description True when shown masked to this caller */
                                masked: boolean;
                                phone: string | null;
                            };
                            postings: {
                                actualEnd: string | null;
                                area: {
                                    code: string;
                                    name: string;
                                    nameEn: string;
                                };
                                batch: {
                                    id: number;
                                    name: string | null;
                                    number: number;
                                } | null;
                                can: {
                                    end: boolean;
                                    update: boolean;
                                };
                                crossPair: boolean;
                                endReason: string | null;
                                endsOn: string;
                                hostOrg: {
                                    code: string | null;
                                    name: string;
                                    nameEn: string;
                                };
                                id: number;
                                kind: string;
                                /** @enum {string} */
                                mode: "long-term" | "flexible";
                                plannedEnd: string;
                                programme: string;
                                role: string;
                                termStart: string;
                                version: number;
                            }[];
                            published: boolean;
                            publishedAt: string | null;
                            /** @enum {string} */
                            sex: "female" | "male";
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
                /** @description Not signed in, or the session or token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The policy does not allow this action on this record */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people/postings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a posting: any field the create accepts, by the same rules (If-Match: the person’s version)
         * @description Access: policy `people.write`.
         */
        patch: {
            parameters: {
                query?: never;
                header?: {
                    "if-match"?: string;
                };
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description GB/T 2260 code; unpadded forms are accepted
                         * @example 653201
                         */
                        area?: string;
                        /** @description The batch (id), or null for none */
                        batch?: number | null;
                        /** @description Knowingly outside the donor’s pairing */
                        crossPair?: boolean;
                        hostOrg?: string | null;
                        hostOrgName?: string | null;
                        /** @description A personnel kind: cadre, teacher, doctor, technician, other … */
                        kind?: string;
                        /** @enum {string} */
                        mode?: "long-term" | "flexible";
                        /**
                         * Format: date
                         * @description From 1949-01-01 to 2100-12-31
                         * @example 2024-12-31
                         */
                        plannedEnd?: string;
                        /** @example xinjiang */
                        programme?: string;
                        role?: string;
                        /**
                         * Format: date
                         * @description From 1949-01-01 to 2100-12-31
                         * @example 2024-12-31
                         */
                        termStart?: string;
                    };
                };
            };
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description What the caller may do with this person now, by the same policies */
                            can: {
                                addPosting: boolean;
                                /** @description Sees the personal data unmasked */
                                personalData: boolean;
                                publish: boolean;
                                /** @description GET /api/people/persons/{id}/history */
                                readHistory: boolean;
                                update: boolean;
                            };
                            createdAt: string;
                            donor: {
                                code: string;
                                name: string;
                                nameEn: string;
                            };
                            ethnicity: string | null;
                            homeOrg: {
                                code: string | null;
                                name: string | null;
                                nameEn: string | null;
                            };
                            id: number;
                            nameUg: string | null;
                            nameZh: string;
                            /** @description Unmasked only for the person’s own donor and the coordinator (each such read is logged) */
                            personal: {
                                birthYear: number | null;
                                idCardNumber: string | null;
                                /** @description True when shown masked to this caller */
                                masked: boolean;
                                phone: string | null;
                            };
                            postings: {
                                actualEnd: string | null;
                                area: {
                                    code: string;
                                    name: string;
                                    nameEn: string;
                                };
                                batch: {
                                    id: number;
                                    name: string | null;
                                    number: number;
                                } | null;
                                can: {
                                    end: boolean;
                                    update: boolean;
                                };
                                crossPair: boolean;
                                endReason: string | null;
                                endsOn: string;
                                hostOrg: {
                                    code: string | null;
                                    name: string;
                                    nameEn: string;
                                };
                                id: number;
                                kind: string;
                                /** @enum {string} */
                                mode: "long-term" | "flexible";
                                plannedEnd: string;
                                programme: string;
                                role: string;
                                termStart: string;
                                version: number;
                            }[];
                            published: boolean;
                            publishedAt: string | null;
                            /** @enum {string} */
                            sex: "female" | "male";
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
                /** @description Not signed in, or the session or token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The policy does not allow this action on this record */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/people/postings/{id}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * End a posting (before the planned end: with the reason; If-Match: the person’s version)
         * @description Access: policy `people.write`.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    "if-match"?: string;
                };
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: date
                         * @description From 1949-01-01 to 2100-12-31
                         * @example 2024-12-31
                         */
                        actualEnd: string;
                        /** @description Required when ending before the planned end */
                        reason?: string;
                    };
                };
            };
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description What the caller may do with this person now, by the same policies */
                            can: {
                                addPosting: boolean;
                                /** @description Sees the personal data unmasked */
                                personalData: boolean;
                                publish: boolean;
                                /** @description GET /api/people/persons/{id}/history */
                                readHistory: boolean;
                                update: boolean;
                            };
                            createdAt: string;
                            donor: {
                                code: string;
                                name: string;
                                nameEn: string;
                            };
                            ethnicity: string | null;
                            homeOrg: {
                                code: string | null;
                                name: string | null;
                                nameEn: string | null;
                            };
                            id: number;
                            nameUg: string | null;
                            nameZh: string;
                            /** @description Unmasked only for the person’s own donor and the coordinator (each such read is logged) */
                            personal: {
                                birthYear: number | null;
                                idCardNumber: string | null;
                                /** @description True when shown masked to this caller */
                                masked: boolean;
                                phone: string | null;
                            };
                            postings: {
                                actualEnd: string | null;
                                area: {
                                    code: string;
                                    name: string;
                                    nameEn: string;
                                };
                                batch: {
                                    id: number;
                                    name: string | null;
                                    number: number;
                                } | null;
                                can: {
                                    end: boolean;
                                    update: boolean;
                                };
                                crossPair: boolean;
                                endReason: string | null;
                                endsOn: string;
                                hostOrg: {
                                    code: string | null;
                                    name: string;
                                    nameEn: string;
                                };
                                id: number;
                                kind: string;
                                /** @enum {string} */
                                mode: "long-term" | "flexible";
                                plannedEnd: string;
                                programme: string;
                                role: string;
                                termStart: string;
                                version: number;
                            }[];
                            published: boolean;
                            publishedAt: string | null;
                            /** @enum {string} */
                            sex: "female" | "male";
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
                /** @description Not signed in, or the session or token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The policy does not allow this action on this record */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people/roster": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who is serving on a date in an area subtree and/or for a donor (paged)
         * @description Only people the caller may see; phone, ID-card number and birth year masked unless the caller is the person’s donor or the programme office (then the read is logged).
         *
         *     Access: policy `people.read`.
         */
        get: {
            parameters: {
                query?: {
                    /** @description The area and its whole subtree */
                    area?: string;
                    /** @description Serving on this day (default: today, UTC) */
                    date?: string;
                    /** @description The donor and its sub-organisations */
                    donor?: string;
                    /** @description A personnel kind: cadre, teacher, doctor, technician, other … */
                    kind?: string;
                    limit?: number;
                    mode?: "long-term" | "flexible";
                    offset?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            date: string;
                            items: {
                                person: {
                                    donor: {
                                        code: string;
                                        name: string;
                                        nameEn: string;
                                    };
                                    id: number;
                                    nameUg: string | null;
                                    nameZh: string;
                                    /** @description Unmasked only for the person’s own donor and the coordinator (each such read is logged) */
                                    personal: {
                                        birthYear: number | null;
                                        idCardNumber: string | null;
                                        /** @description True when shown masked to this caller */
                                        masked: boolean;
                                        phone: string | null;
                                    };
                                    published: boolean;
                                    /** @enum {string} */
                                    sex: "female" | "male";
                                };
                                posting: {
                                    actualEnd: string | null;
                                    area: {
                                        code: string;
                                        name: string;
                                        nameEn: string;
                                    };
                                    batch: {
                                        id: number;
                                        name: string | null;
                                        number: number;
                                    } | null;
                                    crossPair: boolean;
                                    endReason: string | null;
                                    endsOn: string;
                                    hostOrg: {
                                        code: string | null;
                                        name: string;
                                        nameEn: string;
                                    };
                                    id: number;
                                    kind: string;
                                    /** @enum {string} */
                                    mode: "long-term" | "flexible";
                                    plannedEnd: string;
                                    programme: string;
                                    role: string;
                                    termStart: string;
                                    version: number;
                                };
                            }[];
                            total: number;
                        };
                    };
                };
                /** @description Not signed in, or the session or token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The policy does not allow this action on this record */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people/terms-ending": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Postings still running whose planned end is within N days
         * @description Access: policy `people.read`.
         */
        get: {
            parameters: {
                query?: {
                    /** @description GB/T 2260 code; unpadded forms are accepted */
                    area?: string;
                    days?: number;
                    donor?: string;
                    limit?: number;
                    offset?: number;
                    /** @description Counted from this day (default: today, UTC) */
                    today?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            date: string;
                            items: {
                                person: {
                                    donor: {
                                        code: string;
                                        name: string;
                                        nameEn: string;
                                    };
                                    id: number;
                                    nameUg: string | null;
                                    nameZh: string;
                                    /** @description Unmasked only for the person’s own donor and the coordinator (each such read is logged) */
                                    personal: {
                                        birthYear: number | null;
                                        idCardNumber: string | null;
                                        /** @description True when shown masked to this caller */
                                        masked: boolean;
                                        phone: string | null;
                                    };
                                    published: boolean;
                                    /** @enum {string} */
                                    sex: "female" | "male";
                                };
                                posting: {
                                    actualEnd: string | null;
                                    area: {
                                        code: string;
                                        name: string;
                                        nameEn: string;
                                    };
                                    batch: {
                                        id: number;
                                        name: string | null;
                                        number: number;
                                    } | null;
                                    crossPair: boolean;
                                    endReason: string | null;
                                    endsOn: string;
                                    hostOrg: {
                                        code: string | null;
                                        name: string;
                                        nameEn: string;
                                    };
                                    id: number;
                                    kind: string;
                                    /** @enum {string} */
                                    mode: "long-term" | "flexible";
                                    plannedEnd: string;
                                    programme: string;
                                    role: string;
                                    termStart: string;
                                    version: number;
                                };
                            }[];
                            total: number;
                        };
                    };
                };
                /** @description Not signed in, or the session or token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The policy does not allow this action on this record */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Annual plans the caller may see (without their items)
         * @description Access: policy `plans.read`.
         */
        get: {
            parameters: {
                query?: {
                    donor?: string;
                    limit?: number;
                    offset?: number;
                    programme?: string;
                    year?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @description What the caller may do with this plan now, by the same policies */
                                can: {
                                    approve: boolean;
                                    return: boolean;
                                    submit: boolean;
                                    /** @description Edit the total and items (draft or returned) */
                                    update: boolean;
                                };
                                createdAt: string;
                                decidedAt: string | null;
                                decidedBy: string | null;
                                donor: {
                                    code: string;
                                    name: string;
                                    nameEn: string;
                                };
                                id: number;
                                /** @description The sum of the items’ planned funds */
                                itemsFen: number;
                                programme: string;
                                returnReason: string | null;
                                /** @enum {string} */
                                status: "draft" | "submitted" | "approved" | "returned";
                                submittedAt: string | null;
                                totalFen: number;
                                updatedAt: string;
                                version: number;
                                year: number;
                            }[];
                            total: number;
                        };
                    };
                };
                /** @description Not signed in, or the session or token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The policy does not allow this action on this record */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Draft a donor’s annual plan for a programme and year (one each)
         * @description Access: policy `plans.write`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @example 110000 */
                        donor: string;
                        /**
                         * @description The projects with their planned funds, each project once
                         * @default []
                         */
                        items?: {
                            /**
                             * @description Integer fen (0.01 yuan), at most 10^15
                             * @example 100000000
                             */
                            plannedFen: number;
                            /**
                             * @description The project code
                             * @example XJ-2025-BJ-0001
                             */
                            project: string;
                        }[];
                        /** @example xinjiang */
                        programme: string;
                        /**
                         * @description The plan total; the items may add up to less, never more
                         * @example 100000000
                         */
                        totalFen: number;
                        year: number;
                    };
                };
            };
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description What the caller may do with this plan now, by the same policies */
                            can: {
                                approve: boolean;
                                return: boolean;
                                submit: boolean;
                                /** @description Edit the total and items (draft or returned) */
                                update: boolean;
                            };
                            createdAt: string;
                            decidedAt: string | null;
                            decidedBy: string | null;
                            donor: {
                                code: string;
                                name: string;
                                nameEn: string;
                            };
                            id: number;
                            items: {
                                name: string;
                                /** @description The English name, if given */
                                nameEn: string | null;
                                plannedFen: number;
                                project: string;
                            }[];
                            /** @description The sum of the items’ planned funds */
                            itemsFen: number;
                            programme: string;
                            returnReason: string | null;
                            /** @enum {string} */
                            status: "draft" | "submitted" | "approved" | "returned";
                            submittedAt: string | null;
                            totalFen: number;
                            updatedAt: string;
                            version: number;
                            year: number;
                        };
                    };
                };
                /** @description Not signed in, or the session or token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The policy does not allow this action on this record */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One plan with its projects and planned funds
         * @description Access: policy `plans.read`.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description What the caller may do with this plan now, by the same policies */
                            can: {
                                approve: boolean;
                                return: boolean;
                                submit: boolean;
                                /** @description Edit the total and items (draft or returned) */
                                update: boolean;
                            };
                            createdAt: string;
                            decidedAt: string | null;
                            decidedBy: string | null;
                            donor: {
                                code: string;
                                name: string;
                                nameEn: string;
                            };
                            id: number;
                            items: {
                                name: string;
                                /** @description The English name, if given */
                                nameEn: string | null;
                                plannedFen: number;
                                project: string;
                            }[];
                            /** @description The sum of the items’ planned funds */
                            itemsFen: number;
                            programme: string;
                            returnReason: string | null;
                            /** @enum {string} */
                            status: "draft" | "submitted" | "approved" | "returned";
                            submittedAt: string | null;
                            totalFen: number;
                            updatedAt: string;
                            version: number;
                            year: number;
                        };
                    };
                };
                /** @description Not signed in, or the session or token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The policy does not allow this action on this record */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        /**
         * Replace the total and items of a draft or returned plan
         * @description Access: policy `plans.write`.
         */
        put: {
            parameters: {
                query?: never;
                header?: {
                    "if-match"?: string;
                };
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The projects with their planned funds, each project once */
                        items: {
                            /**
                             * @description Integer fen (0.01 yuan), at most 10^15
                             * @example 100000000
                             */
                            plannedFen: number;
                            /**
                             * @description The project code
                             * @example XJ-2025-BJ-0001
                             */
                            project: string;
                        }[];
                        /**
                         * @description Integer fen (0.01 yuan), at most 10^15
                         * @example 100000000
                         */
                        totalFen: number;
                    };
                };
            };
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description What the caller may do with this plan now, by the same policies */
                            can: {
                                approve: boolean;
                                return: boolean;
                                submit: boolean;
                                /** @description Edit the total and items (draft or returned) */
                                update: boolean;
                            };
                            createdAt: string;
                            decidedAt: string | null;
                            decidedBy: string | null;
                            donor: {
                                code: string;
                                name: string;
                                nameEn: string;
                            };
                            id: number;
                            items: {
                                name: string;
                                /** @description The English name, if given */
                                nameEn: string | null;
                                plannedFen: number;
                                project: string;
                            }[];
                            /** @description The sum of the items’ planned funds */
                            itemsFen: number;
                            programme: string;
                            returnReason: string | null;
                            /** @enum {string} */
                            status: "draft" | "submitted" | "approved" | "returned";
                            submittedAt: string | null;
                            totalFen: number;
                            updatedAt: string;
                            version: number;
                            year: number;
                        };
                    };
                };
                /** @description Not signed in, or the session or token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The policy does not allow this action on this record */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve a submitted plan (coordinators)
         * @description Access: policy `plans.decide`.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    "if-match"?: string;
                };
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description What the caller may do with this plan now, by the same policies */
                            can: {
                                approve: boolean;
                                return: boolean;
                                submit: boolean;
                                /** @description Edit the total and items (draft or returned) */
                                update: boolean;
                            };
                            createdAt: string;
                            decidedAt: string | null;
                            decidedBy: string | null;
                            donor: {
                                code: string;
                                name: string;
                                nameEn: string;
                            };
                            id: number;
                            items: {
                                name: string;
                                /** @description The English name, if given */
                                nameEn: string | null;
                                plannedFen: number;
                                project: string;
                            }[];
                            /** @description The sum of the items’ planned funds */
                            itemsFen: number;
                            programme: string;
                            returnReason: string | null;
                            /** @enum {string} */
                            status: "draft" | "submitted" | "approved" | "returned";
                            submittedAt: string | null;
                            totalFen: number;
                            updatedAt: string;
                            version: number;
                            year: number;
                        };
                    };
                };
                /** @description Not signed in, or the session or token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The policy does not allow this action on this record */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{id}/compliance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The two 80% rules of the saved plan, on its own items
         * @description The same computation as `POST /api/plans/what-if` on the saved items; readable by whoever may read the plan (an auditor too), for a city’s plan as for a province’s.
         *
         *     Access: policy `plans.read`.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * @description plan: planned funds of the donor’s annual plan (any status); actual: actual disbursements dated in the year
                             * @enum {string}
                             */
                            basis: "plan" | "actual";
                            /** @description Basis points, rounded down: 8000 = 80% */
                            countyAndBelowBp: number;
                            /** @description Integer fen (0.01 yuan), exact: a sum that may exceed 2^53 */
                            countyAndBelowFen: number;
                            /** @description null when no thresholds apply in the year or the total is 0 */
                            countyAndBelowOk: boolean | null;
                            /** @description Funds at locations where the donor works cross-pair */
                            crossPairFen: number;
                            /** @description How many projects pull each failing rule down (0 for a passing rule) */
                            culpritCount: {
                                countyAndBelow: number;
                                livelihood: number;
                            };
                            /** @description For a failing rule: the projects pulling it down, largest first (the report lists the first 10; the donor drill-down lists all) */
                            culprits: {
                                countyAndBelow: {
                                    code: string;
                                    /** @description Moving this project alone closes the shortfall */
                                    fixesAlone: boolean;
                                    name: string;
                                    /** @description The English name, if given */
                                    nameEn: string | null;
                                    /** @description Its above-county (resp. non-livelihood) part: what moving it would add */
                                    offendingFen: number;
                                    projectId: number;
                                }[];
                                livelihood: {
                                    code: string;
                                    /** @description Moving this project alone closes the shortfall */
                                    fixesAlone: boolean;
                                    name: string;
                                    /** @description The English name, if given */
                                    nameEn: string | null;
                                    /** @description Its above-county (resp. non-livelihood) part: what moving it would add */
                                    offendingFen: number;
                                    projectId: number;
                                }[];
                            };
                            donor: {
                                code: string;
                                name: string;
                                nameEn: string;
                            };
                            /** @description Basis points, rounded down: 8000 = 80% */
                            livelihoodBp: number;
                            /** @description Integer fen (0.01 yuan), exact: a sum that may exceed 2^53 */
                            livelihoodFen: number;
                            livelihoodOk: boolean | null;
                            /** @description Part minus the least passing part: ≥ 0 passes, < 0 is the shortfall */
                            marginFen: {
                                countyAndBelow: number | null;
                                livelihood: number | null;
                            };
                            /** @description The donor’s plan for the programme and year, if any: on the plan basis, figures of a plan not yet approved are provisional */
                            plan: {
                                id: number;
                                /** @enum {string} */
                                status: "draft" | "submitted" | "approved" | "returned";
                            } | null;
                            programme: string;
                            /** @description Every project with a part, on all pages */
                            projectCount: number;
                            /** @description One page of the projects (`limit`, `offset`, `sort`) */
                            projects: {
                                /** @description Integer fen (0.01 yuan) */
                                aboveCountyFen: number;
                                /** @description The donor’s part of the project on this basis */
                                amountFen: number;
                                /** @description The date pairings were read on: the approval date, else 1 July of the year */
                                classifiedOn: string;
                                code: string;
                                /** @description Integer fen (0.01 yuan) */
                                countyAndBelowFen: number;
                                /** @description Integer fen (0.01 yuan) */
                                crossPairFen: number;
                                /** @description Integer fen (0.01 yuan) */
                                livelihoodFen: number;
                                livelihoodShareBp: number;
                                locations: {
                                    areaCode: string;
                                    areaName: string;
                                    /** @description The area’s English name */
                                    areaNameEn: string;
                                    countyOrBelow: boolean;
                                    crossPair: boolean;
                                    /** @description Integer fen (0.01 yuan) */
                                    fen: number;
                                    level: string;
                                    shareBp: number;
                                }[];
                                name: string;
                                /** @description The English name, if given */
                                nameEn: string | null;
                                projectId: number;
                                /** @description Not placed by location shares (counted above county) */
                                unlocatedFen: number;
                            }[];
                            thresholds: {
                                /** @description Basis points, rounded down: 8000 = 80% */
                                countyAndBelowBp: number;
                                /** @description Basis points, rounded down: 8000 = 80% */
                                livelihoodBp: number;
                            } | null;
                            /** @description Integer fen (0.01 yuan), exact: a sum that may exceed 2^53 */
                            totalFen: number;
                            year: number;
                        };
                    };
                };
                /** @description Not signed in, or the session or token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The policy does not allow this action on this record */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{id}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Return a submitted plan to its donor with a reason (coordinators)
         * @description Access: policy `plans.decide`.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    "if-match"?: string;
                };
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description What the caller may do with this plan now, by the same policies */
                            can: {
                                approve: boolean;
                                return: boolean;
                                submit: boolean;
                                /** @description Edit the total and items (draft or returned) */
                                update: boolean;
                            };
                            createdAt: string;
                            decidedAt: string | null;
                            decidedBy: string | null;
                            donor: {
                                code: string;
                                name: string;
                                nameEn: string;
                            };
                            id: number;
                            items: {
                                name: string;
                                /** @description The English name, if given */
                                nameEn: string | null;
                                plannedFen: number;
                                project: string;
                            }[];
                            /** @description The sum of the items’ planned funds */
                            itemsFen: number;
                            programme: string;
                            returnReason: string | null;
                            /** @enum {string} */
                            status: "draft" | "submitted" | "approved" | "returned";
                            submittedAt: string | null;
                            totalFen: number;
                            updatedAt: string;
                            version: number;
                            year: number;
                        };
                    };
                };
                /** @description Not signed in, or the session or token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The policy does not allow this action on this record */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit a draft or returned plan
         * @description Access: policy `plans.write`.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    "if-match"?: string;
                };
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description What the caller may do with this plan now, by the same policies */
                            can: {
                                approve: boolean;
                                return: boolean;
                                submit: boolean;
                                /** @description Edit the total and items (draft or returned) */
                                update: boolean;
                            };
                            createdAt: string;
                            decidedAt: string | null;
                            decidedBy: string | null;
                            donor: {
                                code: string;
                                name: string;
                                nameEn: string;
                            };
                            id: number;
                            items: {
                                name: string;
                                /** @description The English name, if given */
                                nameEn: string | null;
                                plannedFen: number;
                                project: string;
                            }[];
                            /** @description The sum of the items’ planned funds */
                            itemsFen: number;
                            programme: string;
                            returnReason: string | null;
                            /** @enum {string} */
                            status: "draft" | "submitted" | "approved" | "returned";
                            submittedAt: string | null;
                            totalFen: number;
                            updatedAt: string;
                            version: number;
                            year: number;
                        };
                    };
                };
                /** @description Not signed in, or the session or token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The policy does not allow this action on this record */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/what-if": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The two 80% rules for draft items, computed without saving anything
         * @description Access: policy `plans.write`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @example 110000 */
                        donor: string;
                        /** @description The projects with their planned funds, each project once */
                        items: {
                            /**
                             * @description Integer fen (0.01 yuan), at most 10^15
                             * @example 100000000
                             */
                            plannedFen: number;
                            /**
                             * @description The project code
                             * @example XJ-2025-BJ-0001
                             */
                            project: string;
                        }[];
                        /** @example xinjiang */
                        programme: string;
                        year: number;
                    };
                };
            };
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * @description plan: planned funds of the donor’s annual plan (any status); actual: actual disbursements dated in the year
                             * @enum {string}
                             */
                            basis: "plan" | "actual";
                            /** @description Basis points, rounded down: 8000 = 80% */
                            countyAndBelowBp: number;
                            /** @description Integer fen (0.01 yuan), exact: a sum that may exceed 2^53 */
                            countyAndBelowFen: number;
                            /** @description null when no thresholds apply in the year or the total is 0 */
                            countyAndBelowOk: boolean | null;
                            /** @description Funds at locations where the donor works cross-pair */
                            crossPairFen: number;
                            /** @description How many projects pull each failing rule down (0 for a passing rule) */
                            culpritCount: {
                                countyAndBelow: number;
                                livelihood: number;
                            };
                            /** @description For a failing rule: the projects pulling it down, largest first (the report lists the first 10; the donor drill-down lists all) */
                            culprits: {
                                countyAndBelow: {
                                    code: string;
                                    /** @description Moving this project alone closes the shortfall */
                                    fixesAlone: boolean;
                                    name: string;
                                    /** @description The English name, if given */
                                    nameEn: string | null;
                                    /** @description Its above-county (resp. non-livelihood) part: what moving it would add */
                                    offendingFen: number;
                                    projectId: number;
                                }[];
                                livelihood: {
                                    code: string;
                                    /** @description Moving this project alone closes the shortfall */
                                    fixesAlone: boolean;
                                    name: string;
                                    /** @description The English name, if given */
                                    nameEn: string | null;
                                    /** @description Its above-county (resp. non-livelihood) part: what moving it would add */
                                    offendingFen: number;
                                    projectId: number;
                                }[];
                            };
                            donor: {
                                code: string;
                                name: string;
                                nameEn: string;
                            };
                            /** @description Basis points, rounded down: 8000 = 80% */
                            livelihoodBp: number;
                            /** @description Integer fen (0.01 yuan), exact: a sum that may exceed 2^53 */
                            livelihoodFen: number;
                            livelihoodOk: boolean | null;
                            /** @description Part minus the least passing part: ≥ 0 passes, < 0 is the shortfall */
                            marginFen: {
                                countyAndBelow: number | null;
                                livelihood: number | null;
                            };
                            /** @description The donor’s plan for the programme and year, if any: on the plan basis, figures of a plan not yet approved are provisional */
                            plan: {
                                id: number;
                                /** @enum {string} */
                                status: "draft" | "submitted" | "approved" | "returned";
                            } | null;
                            programme: string;
                            /** @description Every project with a part, on all pages */
                            projectCount: number;
                            /** @description One page of the projects (`limit`, `offset`, `sort`) */
                            projects: {
                                /** @description Integer fen (0.01 yuan) */
                                aboveCountyFen: number;
                                /** @description The donor’s part of the project on this basis */
                                amountFen: number;
                                /** @description The date pairings were read on: the approval date, else 1 July of the year */
                                classifiedOn: string;
                                code: string;
                                /** @description Integer fen (0.01 yuan) */
                                countyAndBelowFen: number;
                                /** @description Integer fen (0.01 yuan) */
                                crossPairFen: number;
                                /** @description Integer fen (0.01 yuan) */
                                livelihoodFen: number;
                                livelihoodShareBp: number;
                                locations: {
                                    areaCode: string;
                                    areaName: string;
                                    /** @description The area’s English name */
                                    areaNameEn: string;
                                    countyOrBelow: boolean;
                                    crossPair: boolean;
                                    /** @description Integer fen (0.01 yuan) */
                                    fen: number;
                                    level: string;
                                    shareBp: number;
                                }[];
                                name: string;
                                /** @description The English name, if given */
                                nameEn: string | null;
                                projectId: number;
                                /** @description Not placed by location shares (counted above county) */
                                unlocatedFen: number;
                            }[];
                            thresholds: {
                                /** @description Basis points, rounded down: 8000 = 80% */
                                countyAndBelowBp: number;
                                /** @description Basis points, rounded down: 8000 = 80% */
                                livelihoodBp: number;
                            } | null;
                            /** @description Integer fen (0.01 yuan), exact: a sum that may exceed 2^53 */
                            totalFen: number;
                            year: number;
                        };
                    };
                };
                /** @description Not signed in, or the session or token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The policy does not allow this action on this record */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/programmes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List programmes with their thresholds */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                code: string;
                                endYear: number | null;
                                name: string;
                                nameEn: string;
                                /** @description Provinces of the areas its pairings name (where its projects lie), sorted */
                                recipientProvinces: string[];
                                startYear: number | null;
                                /** @description The two 80% rules, oldest first */
                                thresholds: {
                                    countyAndBelowBp: number;
                                    fromYear: number;
                                    livelihoodBp: number;
                                    note: string | null;
                                }[];
                            }[];
                        };
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/programmes/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One programme with its thresholds */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            endYear: number | null;
                            name: string;
                            nameEn: string;
                            /** @description Provinces of the areas its pairings name (where its projects lie), sorted */
                            recipientProvinces: string[];
                            startYear: number | null;
                            /** @description The two 80% rules, oldest first */
                            thresholds: {
                                countyAndBelowBp: number;
                                fromYear: number;
                                livelihoodBp: number;
                                note: string | null;
                            }[];
                        };
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/programmes/{code}/thresholds/{fromYear}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set the two 80% thresholds that apply from a year on
         * @description Access: policy `programmes.write`.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                    fromYear: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Basis points: 8000 = 80% */
                        countyAndBelowBp: number;
                        /** @description Basis points: 8000 = 80% */
                        livelihoodBp: number;
                        note?: string | null;
                    };
                };
            };
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            endYear: number | null;
                            name: string;
                            nameEn: string;
                            /** @description Provinces of the areas its pairings name (where its projects lie), sorted */
                            recipientProvinces: string[];
                            startYear: number | null;
                            /** @description The two 80% rules, oldest first */
                            thresholds: {
                                countyAndBelowBp: number;
                                fromYear: number;
                                livelihoodBp: number;
                                note: string | null;
                            }[];
                        };
                    };
                };
                /** @description Not signed in, or the session or token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The policy does not allow this action on this record */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/project-codes/next": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Suggest the next free project code for a programme, donor and year
         * @description `<programme>-<year>-<donor>-<sequence>`, e.g. XJ-2026-BJ-0001: one past the highest sequence taken. For those who may create the donor’s projects.
         *
         *     Access: policy `projects.write`.
         */
        get: {
            parameters: {
                query: {
                    donor: string;
                    programme: string;
                    /** @description Default: this year (UTC) */
                    year?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @example XJ-2026-BJ-0001 */
                            code: string;
                            /** @example XJ-2026-BJ- */
                            prefix: string;
                        };
                    };
                };
                /** @description Not signed in, or the session or token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The policy does not allow this action on this record */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/project-types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Project types with their default livelihood shares */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                code: string;
                                defaultLivelihoodBp: number;
                                name: string;
                                nameEn: string;
                                sort: number;
                            }[];
                        };
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        /**
         * Add or change project types
         * @description One type or a list; each is added or, when its code exists, changed. Projects keep their livelihood shares; a changed default applies to projects created or re-typed afterwards. Returns every type.
         *
         *     Access: policy `projectTypes.write`.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @example livelihood */
                        code: string;
                        /** @description Basis points: 8000 = 80% */
                        defaultLivelihoodBp: number;
                        name: string;
                        nameEn: string;
                        sort?: number;
                    } | {
                        /** @example livelihood */
                        code: string;
                        /** @description Basis points: 8000 = 80% */
                        defaultLivelihoodBp: number;
                        name: string;
                        nameEn: string;
                        sort?: number;
                    }[];
                };
            };
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                code: string;
                                defaultLivelihoodBp: number;
                                name: string;
                                nameEn: string;
                                sort: number;
                            }[];
                        };
                    };
                };
                /** @description Not signed in, or the session or token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The policy does not allow this action on this record */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The project registry
         * @description Published projects for everyone; signed-in callers also see the unpublished projects their grants cover (their donors’ projects, projects in their areas; all for the programme office and auditors). `total` counts every match.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Located in this area or below it */
                    area?: string;
                    /** @description Lead donor, including its organisations (330000 finds Hangzhou’s) */
                    donor?: string;
                    limit?: number;
                    offset?: number;
                    order?: "asc" | "desc";
                    programme?: string;
                    published?: "true" | "false";
                    /** @description Code, Chinese or English name */
                    q?: string;
                    sort?: string;
                    /** @description reserve 储备, approved 立项, tendering 招标, started 开工, completed 完工, accepted 验收移交, audited 决算审计, evaluated 绩效评价; suspended 暂停, cancelled 取消 */
                    stage?: "reserve" | "approved" | "tendering" | "started" | "completed" | "accepted" | "audited" | "evaluated" | "suspended" | "cancelled";
                    type?: string;
                    year?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                budgetFen: number;
                                code: string;
                                donor: string;
                                donorName: string;
                                /** @description The lead donor’s English name, if any */
                                donorNameEn: string | null;
                                /** @description The recipient areas, largest share first (the registry’s column) */
                                locations: {
                                    code: string;
                                    /** @enum {string} */
                                    level: "province" | "prefecture" | "county" | "township" | "village";
                                    name: string;
                                    /** @description The English name (和田地区 → Hotan Prefecture) */
                                    nameEn: string;
                                }[];
                                name: {
                                    en: string | null;
                                    ug: string | null;
                                    zh: string;
                                };
                                programme: string;
                                published: boolean;
                                /**
                                 * @description reserve 储备, approved 立项, tendering 招标, started 开工, completed 完工, accepted 验收移交, audited 决算审计, evaluated 绩效评价; suspended 暂停, cancelled 取消
                                 * @enum {string}
                                 */
                                stage: "reserve" | "approved" | "tendering" | "started" | "completed" | "accepted" | "audited" | "evaluated" | "suspended" | "cancelled";
                                type: string;
                                updatedAt: string;
                                version: number;
                                year: number;
                            }[];
                            total: number;
                        };
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Create a project, at any stage
         * @description Donor shares and location shares are basis points summing to 10000. A livelihood share other than the type’s default needs `livelihoodReason`.
         *
         *     Access: policy `projects.write`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        approvalDate?: string | null;
                        /**
                         * @description Budget in integer fen (0.01 yuan)
                         * @example 100000000
                         */
                        budgetFen: number;
                        /** @example XJ-2025-BJ-0001 */
                        code: string;
                        /** @description Continued from an earlier year */
                        continuing?: boolean;
                        deliveryMode?: ("turnkey" | "cheque" | "joint") | null;
                        /**
                         * @description The lead donor; alone it gets the whole share (10000)
                         * @example 110000
                         */
                        donor?: string;
                        /** @description Several donors with shares summing to 10000; the lead has the largest */
                        donors?: {
                            /** @example 110000 */
                            org: string;
                            /** @description Share in basis points (10000 = 100%) */
                            shareBp: number;
                        }[];
                        fixedAsset?: boolean;
                        implementingOrg?: string | null;
                        livelihoodReason?: string | null;
                        /** @description Livelihood share; defaults from the type. Another value needs livelihoodReason */
                        livelihoodShareBp?: number;
                        locations: {
                            /**
                             * @description An area at any level
                             * @example 653201
                             */
                            area: string;
                            /** @description Share in basis points (10000 = 100%) */
                            shareBp: number;
                        }[];
                        name: {
                            en?: string | null;
                            /** @description Uyghur */
                            ug?: string | null;
                            zh: string;
                        };
                        /** @example xinjiang */
                        programme: string;
                        published?: boolean;
                        results?: {
                            asOf?: string | null;
                            ethnicMinority?: number | null;
                            female?: number | null;
                            male?: number | null;
                            /** @enum {string} */
                            metric: "jobs" | "trained" | "beneficiaries" | "output-value-fen";
                            note?: string | null;
                            /** @description true for a target, false for an achieved figure */
                            planned: boolean;
                            value: number;
                        }[];
                        /**
                         * @description Any stage: existing projects are entered mid-way
                         * @default reserve
                         * @enum {string}
                         */
                        stage?: "reserve" | "approved" | "tendering" | "started" | "completed" | "accepted" | "audited" | "evaluated" | "suspended" | "cancelled";
                        /** @description Required when created suspended */
                        stageBeforeSuspension?: ("reserve" | "approved" | "tendering" | "started" | "completed" | "accepted" | "audited" | "evaluated") | null;
                        /** @description Planned and actual date per stage, e.g. {"started": {"planned": …}} */
                        stageDates?: {
                            [key: string]: {
                                actual?: string | null;
                                planned?: string | null;
                            };
                        };
                        /** @description Required when created suspended or cancelled */
                        stageReason?: string | null;
                        /**
                         * @description A code of GET /api/project-types
                         * @example livelihood
                         */
                        type: string;
                        /** @description Plan year; default the year of approvalDate, else this year */
                        year?: number;
                    };
                };
            };
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            approvalDate: string | null;
                            budgetFen: number;
                            /** @description What the caller may do with this project, by the same policies */
                            can: {
                                /** @description The stages of `nextStages` the caller may move it to now */
                                moveTo: ("reserve" | "approved" | "tendering" | "started" | "completed" | "accepted" | "audited" | "evaluated" | "suspended" | "cancelled")[];
                                /** @description Read the project's change history (GET /api/projects/{code}/history) */
                                readHistory: boolean;
                                /** @description Record and reverse ledger entries */
                                recordFunds: boolean;
                                /** @description PATCH the project, its results and documents, publish it */
                                update: boolean;
                            };
                            /** @description The date locations were classed in-pair / cross-pair (approval date or today) */
                            classifiedOn: string;
                            code: string;
                            continuing: boolean;
                            createdAt: string;
                            deliveryMode: ("turnkey" | "cheque" | "joint") | null;
                            /** @description Documents are listed, for signed-in callers, by GET /api/projects/{code}/documents */
                            documentCount: number;
                            /** @description The lead donor (largest share) */
                            donor: string;
                            donors: {
                                name: string;
                                /** @description The donor’s English name, if any */
                                nameEn: string | null;
                                org: string;
                                shareBp: number;
                            }[];
                            fixedAsset: boolean;
                            implementingOrg: string | null;
                            /** @description The implementing organisation’s names, for display */
                            implementingOrgName: {
                                en: string | null;
                                zh: string;
                            } | null;
                            livelihoodReason: string | null;
                            livelihoodShareBp: number;
                            locations: {
                                area: {
                                    code: string;
                                    level: string;
                                    name: string;
                                    /** @description The English name (Hotan City) */
                                    nameEn: string;
                                };
                                /** @enum {string} */
                                classification: "in-pair" | "cross-pair";
                                crossPair: boolean;
                                shareBp: number;
                            }[];
                            name: {
                                en: string | null;
                                ug: string | null;
                                zh: string;
                            };
                            /** @description Where POST …/transitions may move it */
                            nextStages: ("reserve" | "approved" | "tendering" | "started" | "completed" | "accepted" | "audited" | "evaluated" | "suspended" | "cancelled")[];
                            programme: string;
                            published: boolean;
                            publishedAt: string | null;
                            results: {
                                asOf: string | null;
                                ethnicMinority: number | null;
                                female: number | null;
                                male: number | null;
                                /** @enum {string} */
                                metric: "jobs" | "trained" | "beneficiaries" | "output-value-fen";
                                note: string | null;
                                planned: boolean;
                                value: number;
                            }[];
                            /**
                             * @description reserve 储备, approved 立项, tendering 招标, started 开工, completed 完工, accepted 验收移交, audited 决算审计, evaluated 绩效评价; suspended 暂停, cancelled 取消
                             * @enum {string}
                             */
                            stage: "reserve" | "approved" | "tendering" | "started" | "completed" | "accepted" | "audited" | "evaluated" | "suspended" | "cancelled";
                            /** @description For a suspended or cancelled project: the progress stage it had reached */
                            stageBeforeSuspension: ("reserve" | "approved" | "tendering" | "started" | "completed" | "accepted" | "audited" | "evaluated") | null;
                            stageDates: {
                                [key: string]: {
                                    actual: string | null;
                                    planned: string | null;
                                };
                            };
                            stageReason: string | null;
                            type: string;
                            updatedAt: string;
                            version: number;
                            year: number;
                        };
                    };
                };
                /** @description Not signed in, or the session or token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The policy does not allow this action on this record */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One project
         * @description With each location classed in-pair / cross-pair on the approval date (or today). A project the caller may not see is 404, as if it did not exist.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            approvalDate: string | null;
                            budgetFen: number;
                            /** @description What the caller may do with this project, by the same policies */
                            can: {
                                /** @description The stages of `nextStages` the caller may move it to now */
                                moveTo: ("reserve" | "approved" | "tendering" | "started" | "completed" | "accepted" | "audited" | "evaluated" | "suspended" | "cancelled")[];
                                /** @description Read the project's change history (GET /api/projects/{code}/history) */
                                readHistory: boolean;
                                /** @description Record and reverse ledger entries */
                                recordFunds: boolean;
                                /** @description PATCH the project, its results and documents, publish it */
                                update: boolean;
                            };
                            /** @description The date locations were classed in-pair / cross-pair (approval date or today) */
                            classifiedOn: string;
                            code: string;
                            continuing: boolean;
                            createdAt: string;
                            deliveryMode: ("turnkey" | "cheque" | "joint") | null;
                            /** @description Documents are listed, for signed-in callers, by GET /api/projects/{code}/documents */
                            documentCount: number;
                            /** @description The lead donor (largest share) */
                            donor: string;
                            donors: {
                                name: string;
                                /** @description The donor’s English name, if any */
                                nameEn: string | null;
                                org: string;
                                shareBp: number;
                            }[];
                            fixedAsset: boolean;
                            implementingOrg: string | null;
                            /** @description The implementing organisation’s names, for display */
                            implementingOrgName: {
                                en: string | null;
                                zh: string;
                            } | null;
                            livelihoodReason: string | null;
                            livelihoodShareBp: number;
                            locations: {
                                area: {
                                    code: string;
                                    level: string;
                                    name: string;
                                    /** @description The English name (Hotan City) */
                                    nameEn: string;
                                };
                                /** @enum {string} */
                                classification: "in-pair" | "cross-pair";
                                crossPair: boolean;
                                shareBp: number;
                            }[];
                            name: {
                                en: string | null;
                                ug: string | null;
                                zh: string;
                            };
                            /** @description Where POST …/transitions may move it */
                            nextStages: ("reserve" | "approved" | "tendering" | "started" | "completed" | "accepted" | "audited" | "evaluated" | "suspended" | "cancelled")[];
                            programme: string;
                            published: boolean;
                            publishedAt: string | null;
                            results: {
                                asOf: string | null;
                                ethnicMinority: number | null;
                                female: number | null;
                                male: number | null;
                                /** @enum {string} */
                                metric: "jobs" | "trained" | "beneficiaries" | "output-value-fen";
                                note: string | null;
                                planned: boolean;
                                value: number;
                            }[];
                            /**
                             * @description reserve 储备, approved 立项, tendering 招标, started 开工, completed 完工, accepted 验收移交, audited 决算审计, evaluated 绩效评价; suspended 暂停, cancelled 取消
                             * @enum {string}
                             */
                            stage: "reserve" | "approved" | "tendering" | "started" | "completed" | "accepted" | "audited" | "evaluated" | "suspended" | "cancelled";
                            /** @description For a suspended or cancelled project: the progress stage it had reached */
                            stageBeforeSuspension: ("reserve" | "approved" | "tendering" | "started" | "completed" | "accepted" | "audited" | "evaluated") | null;
                            stageDates: {
                                [key: string]: {
                                    actual: string | null;
                                    planned: string | null;
                                };
                            };
                            stageReason: string | null;
                            type: string;
                            updatedAt: string;
                            version: number;
                            year: number;
                        };
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a project (not its stage)
         * @description Fields given replace the stored ones; `donors`, `locations` replace the lists; `stageDates` merges per stage. The stage changes only through `POST /api/projects/{code}/transitions`. `If-Match` (or `version`) guards against lost updates: a stale version is 409.
         *
         *     Access: policy `projects.write`.
         */
        patch: {
            parameters: {
                query?: never;
                header?: {
                    "if-match"?: string;
                };
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        approvalDate?: string | null;
                        /**
                         * @description Integer fen (0.01 yuan), at most 10^15
                         * @example 100000000
                         */
                        budgetFen?: number;
                        /**
                         * @description Ignored when equal; codes do not change
                         * @example XJ-2025-BJ-0001
                         */
                        code?: string;
                        /** @description Continued from an earlier year */
                        continuing?: boolean;
                        deliveryMode?: ("turnkey" | "cheque" | "joint") | null;
                        /**
                         * @description The lead donor; alone it gets the whole share (10000)
                         * @example 110000
                         */
                        donor?: string;
                        /** @description Several donors with shares summing to 10000; the lead has the largest */
                        donors?: {
                            /** @example 110000 */
                            org: string;
                            /** @description Share in basis points (10000 = 100%) */
                            shareBp: number;
                        }[];
                        fixedAsset?: boolean;
                        implementingOrg?: string | null;
                        livelihoodReason?: string | null;
                        /** @description Livelihood share; defaults from the type. Another value needs livelihoodReason */
                        livelihoodShareBp?: number;
                        locations?: {
                            /**
                             * @description An area at any level
                             * @example 653201
                             */
                            area: string;
                            /** @description Share in basis points (10000 = 100%) */
                            shareBp: number;
                        }[];
                        name?: {
                            en?: string | null;
                            /** @description Uyghur */
                            ug?: string | null;
                            zh: string;
                        };
                        /** @example xinjiang */
                        programme?: string;
                        published?: boolean;
                        /**
                         * @description Refused unless equal to the current stage: stages change through POST /api/projects/{code}/transitions
                         * @enum {string}
                         */
                        stage?: "reserve" | "approved" | "tendering" | "started" | "completed" | "accepted" | "audited" | "evaluated" | "suspended" | "cancelled";
                        /** @description Planned and actual date per stage, e.g. {"started": {"planned": …}} */
                        stageDates?: {
                            [key: string]: {
                                actual?: string | null;
                                planned?: string | null;
                            };
                        };
                        /**
                         * @description A code of GET /api/project-types
                         * @example livelihood
                         */
                        type?: string;
                        /** @description The version edited (alternative to If-Match) */
                        version?: number;
                        /** @description Plan year; default the year of approvalDate, else this year */
                        year?: number;
                    };
                };
            };
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            approvalDate: string | null;
                            budgetFen: number;
                            /** @description What the caller may do with this project, by the same policies */
                            can: {
                                /** @description The stages of `nextStages` the caller may move it to now */
                                moveTo: ("reserve" | "approved" | "tendering" | "started" | "completed" | "accepted" | "audited" | "evaluated" | "suspended" | "cancelled")[];
                                /** @description Read the project's change history (GET /api/projects/{code}/history) */
                                readHistory: boolean;
                                /** @description Record and reverse ledger entries */
                                recordFunds: boolean;
                                /** @description PATCH the project, its results and documents, publish it */
                                update: boolean;
                            };
                            /** @description The date locations were classed in-pair / cross-pair (approval date or today) */
                            classifiedOn: string;
                            code: string;
                            continuing: boolean;
                            createdAt: string;
                            deliveryMode: ("turnkey" | "cheque" | "joint") | null;
                            /** @description Documents are listed, for signed-in callers, by GET /api/projects/{code}/documents */
                            documentCount: number;
                            /** @description The lead donor (largest share) */
                            donor: string;
                            donors: {
                                name: string;
                                /** @description The donor’s English name, if any */
                                nameEn: string | null;
                                org: string;
                                shareBp: number;
                            }[];
                            fixedAsset: boolean;
                            implementingOrg: string | null;
                            /** @description The implementing organisation’s names, for display */
                            implementingOrgName: {
                                en: string | null;
                                zh: string;
                            } | null;
                            livelihoodReason: string | null;
                            livelihoodShareBp: number;
                            locations: {
                                area: {
                                    code: string;
                                    level: string;
                                    name: string;
                                    /** @description The English name (Hotan City) */
                                    nameEn: string;
                                };
                                /** @enum {string} */
                                classification: "in-pair" | "cross-pair";
                                crossPair: boolean;
                                shareBp: number;
                            }[];
                            name: {
                                en: string | null;
                                ug: string | null;
                                zh: string;
                            };
                            /** @description Where POST …/transitions may move it */
                            nextStages: ("reserve" | "approved" | "tendering" | "started" | "completed" | "accepted" | "audited" | "evaluated" | "suspended" | "cancelled")[];
                            programme: string;
                            published: boolean;
                            publishedAt: string | null;
                            results: {
                                asOf: string | null;
                                ethnicMinority: number | null;
                                female: number | null;
                                male: number | null;
                                /** @enum {string} */
                                metric: "jobs" | "trained" | "beneficiaries" | "output-value-fen";
                                note: string | null;
                                planned: boolean;
                                value: number;
                            }[];
                            /**
                             * @description reserve 储备, approved 立项, tendering 招标, started 开工, completed 完工, accepted 验收移交, audited 决算审计, evaluated 绩效评价; suspended 暂停, cancelled 取消
                             * @enum {string}
                             */
                            stage: "reserve" | "approved" | "tendering" | "started" | "completed" | "accepted" | "audited" | "evaluated" | "suspended" | "cancelled";
                            /** @description For a suspended or cancelled project: the progress stage it had reached */
                            stageBeforeSuspension: ("reserve" | "approved" | "tendering" | "started" | "completed" | "accepted" | "audited" | "evaluated") | null;
                            stageDates: {
                                [key: string]: {
                                    actual: string | null;
                                    planned: string | null;
                                };
                            };
                            stageReason: string | null;
                            type: string;
                            updatedAt: string;
                            version: number;
                            year: number;
                        };
                    };
                };
                /** @description Not signed in, or the session or token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The policy does not allow this action on this record */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/projects/{code}/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The documents of a project
         * @description For signed-in callers who may see the project (404 otherwise).
         *
         *     Access: any signed-in user.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                filename: string;
                                id: number;
                                mediaType: string;
                                sha256: string;
                                size: number;
                                uploadedAt: string;
                                /** @description Who: `user:NAME` or `system:JOB` */
                                uploadedBy: string;
                                /** @description The uploader's display name; null for the system (a generator, a job) */
                                uploadedByName: string | null;
                            }[];
                        };
                    };
                };
                /** @description Not signed in, or the session or token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The policy does not allow this action on this record */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Upload a document (JSON with the file in base64, at most 10 MiB)
         * @description Accepted: PDF, PNG, JPEG, GIF, WebP, TIFF, Word, Excel, PowerPoint (97–2003 and OOXML), OpenDocument, zip, plain text and CSV; the content must match the declared type. Stored once per content (SHA-256). The `ETag` is the project’s new version.
         *
         *     Access: policy `projects.write`.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    "if-match"?: string;
                };
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The file, base64-encoded; at most 10 MiB decoded */
                        contentBase64: string;
                        filename: string;
                        /** @description PDF, PNG/JPEG/GIF/WebP/TIFF, Word/Excel/PowerPoint (old and OOXML), OpenDocument, zip, plain text or CSV */
                        mediaType: string;
                    };
                };
            };
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            filename: string;
                            id: number;
                            mediaType: string;
                            sha256: string;
                            size: number;
                            uploadedAt: string;
                            /** @description Who: `user:NAME` or `system:JOB` */
                            uploadedBy: string;
                            /** @description The uploader's display name; null for the system (a generator, a job) */
                            uploadedByName: string | null;
                        };
                    };
                };
                /** @description Not signed in, or the session or token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The policy does not allow this action on this record */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{code}/documents/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download a document
         * @description The file as uploaded, as an attachment (`Content-Disposition`), with `X-Content-Type-Options: nosniff` and a sandboxing Content-Security-Policy.
         *
         *     Access: any signed-in user.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in, or the session or token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The policy does not allow this action on this record */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /**
         * Delete a document
         * @description Those who write the project. `If-Match` (the project’s version) guards against lost updates: a stale version is 409. The history keeps the document’s name, size and hash; the content is removed once no document refers to it. The `ETag` is the project’s new version.
         *
         *     Access: policy `projects.write`.
         */
        delete: {
            parameters: {
                query?: never;
                header?: {
                    "if-match"?: string;
                };
                path: {
                    code: string;
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in, or the session or token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The policy does not allow this action on this record */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{code}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A project's change history, newest first: the project's entries and its ledger's (the programme office, auditors and the editors of its donors)
         * @description Access: policy `history.readProject`.
         */
        get: {
            parameters: {
                query?: {
                    beforeId?: number;
                    limit?: number;
                };
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @description What, as a code: create, update, transition, results, document-add … on a project; create, reverse (delete, before decision 0018) on a ledger entry */
                                action: string;
                                /** @description Who: `user:NAME` or `system:JOB` */
                                actor: string;
                                /** @description The person's display name; null for the system (a generator, a job) */
                                actorName: string | null;
                                at: string;
                                /** @description For each field of `fields`, in the same order: its value before and after, by kind, codes given as names */
                                changes: ({
                                    after: string | null;
                                    before: string | null;
                                    field: string;
                                    /** @enum {string} */
                                    kind: "text";
                                } | {
                                    after: number | null;
                                    before: number | null;
                                    field: string;
                                    /** @enum {string} */
                                    kind: "money";
                                } | {
                                    after: string | null;
                                    before: string | null;
                                    field: string;
                                    /** @enum {string} */
                                    kind: "date";
                                } | {
                                    after: string | null;
                                    before: string | null;
                                    field: string;
                                    /** @enum {string} */
                                    kind: "published";
                                } | {
                                    after: number | null;
                                    before: number | null;
                                    field: string;
                                    /** @enum {string} */
                                    kind: "share";
                                } | {
                                    after: boolean | null;
                                    before: boolean | null;
                                    field: string;
                                    /** @enum {string} */
                                    kind: "flag";
                                } | {
                                    after: number | null;
                                    before: number | null;
                                    field: string;
                                    /** @enum {string} */
                                    kind: "year";
                                } | {
                                    after: string | null;
                                    before: string | null;
                                    field: string;
                                    /** @enum {string} */
                                    kind: "stage";
                                } | {
                                    after: string | null;
                                    before: string | null;
                                    field: string;
                                    /** @enum {string} */
                                    kind: "deliveryMode";
                                } | {
                                    after: {
                                        en: string | null;
                                        zh: string;
                                    } | null;
                                    before: {
                                        en: string | null;
                                        zh: string;
                                    } | null;
                                    field: string;
                                    /** @enum {string} */
                                    kind: "name";
                                } | {
                                    after: {
                                        name: {
                                            en: string | null;
                                            zh: string;
                                        };
                                        shareBp: number;
                                    }[] | null;
                                    before: {
                                        name: {
                                            en: string | null;
                                            zh: string;
                                        };
                                        shareBp: number;
                                    }[] | null;
                                    field: string;
                                    /** @enum {string} */
                                    kind: "shares";
                                } | {
                                    after: {
                                        metric: string;
                                        planned: boolean;
                                        value: number;
                                    }[] | null;
                                    before: {
                                        metric: string;
                                        planned: boolean;
                                        value: number;
                                    }[] | null;
                                    field: string;
                                    /** @enum {string} */
                                    kind: "results";
                                } | {
                                    after: string[] | null;
                                    before: string[] | null;
                                    field: string;
                                    /** @enum {string} */
                                    kind: "documents";
                                })[];
                                /** @enum {string} */
                                entityType: "project" | "fund-transaction";
                                /** @description The fields a change of the project touched, as paths (`implementingOrgCode`, `stageDates.tendering.actual`); empty for a creation and a ledger entry */
                                fields: string[];
                                id: number;
                                /** @description The ledger entry recorded or reversed (for a ledger entry) */
                                transaction: {
                                    date: string;
                                    id: number;
                                    planned: boolean;
                                    reverses: number | null;
                                    type: string;
                                    /** @description Integer fen (0.01 yuan) */
                                    valueFen: number;
                                } | null;
                            }[];
                            /** @description Older entries remain (page with beforeId) */
                            more: boolean;
                        };
                    };
                };
                /** @description Not signed in, or the session or token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The policy does not allow this action on this record */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{code}/quality": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The data-quality findings of one project
         * @description As visible as the project: one the caller may not see is 404.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            counts: {
                                byRule: {
                                    [key: string]: number;
                                };
                                bySeverity: {
                                    critical: number;
                                    error: number;
                                    warning: number;
                                };
                            };
                            findings: {
                                /** @description The field at fault, e.g. `locations` */
                                field: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                rule: string;
                                /** @enum {string} */
                                severity: "critical" | "error" | "warning";
                            }[];
                            project: string;
                        };
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{code}/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Replace the results of a project
         * @description Jobs created, people trained, beneficiaries, output value (fen); targets (`planned: true`) and achieved figures, with female / male / ethnic-minority counts where known (female + male ≤ value).
         *
         *     Access: policy `projects.write`.
         */
        put: {
            parameters: {
                query?: never;
                header?: {
                    "if-match"?: string;
                };
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        asOf?: string | null;
                        ethnicMinority?: number | null;
                        female?: number | null;
                        male?: number | null;
                        /** @enum {string} */
                        metric: "jobs" | "trained" | "beneficiaries" | "output-value-fen";
                        note?: string | null;
                        /** @description true for a target, false for an achieved figure */
                        planned: boolean;
                        value: number;
                    }[];
                };
            };
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                asOf: string | null;
                                ethnicMinority: number | null;
                                female: number | null;
                                male: number | null;
                                /** @enum {string} */
                                metric: "jobs" | "trained" | "beneficiaries" | "output-value-fen";
                                note: string | null;
                                planned: boolean;
                                value: number;
                            }[];
                            version: number;
                        };
                    };
                };
                /** @description Not signed in, or the session or token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The policy does not allow this action on this record */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{code}/transactions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The transactions of a project (as visible as the project itself) */
        get: {
            parameters: {
                query?: {
                    planned?: "0" | "1" | "true" | "false";
                    /** @description commitment (承诺/下达), arrival (funds reaching the recipient side, 到位), disbursement (paid out to the implementer, 拨付), expenditure (spent on the works, 支出) */
                    type?: "commitment" | "arrival" | "disbursement" | "expenditure";
                    year?: number;
                };
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                can: {
                                    /** @description The caller may reverse this entry now */
                                    reverse: boolean;
                                };
                                createdAt: string;
                                /** @description Who recorded it: `user:NAME` or `system:JOB` */
                                createdBy: string;
                                /** @description The recorder's display name; null for the system (a generator, a job) */
                                createdByName: string | null;
                                date: string;
                                id: number;
                                note: string | null;
                                /** @description A planned (forecast) transaction; false: actual */
                                planned: boolean;
                                /** @description The project code */
                                project: string;
                                /** @description Organisation the money comes from */
                                provider: string | null;
                                /** @description Organisation the money goes to */
                                receiver: string | null;
                                /** @description The reversal that cancels this entry, if any */
                                reversedBy: number | null;
                                /** @description The entry this reversal cancels (its amount is the opposite) */
                                reverses: number | null;
                                /**
                                 * @description commitment (承诺/下达), arrival (funds reaching the recipient side, 到位), disbursement (paid out to the implementer, 拨付), expenditure (spent on the works, 支出)
                                 * @enum {string}
                                 */
                                type: "commitment" | "arrival" | "disbursement" | "expenditure";
                                valueFen: number;
                                /** @description The calendar year of `date` */
                                year: number;
                            }[];
                            total: number;
                        };
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Record a commitment, arrival, disbursement or expenditure (planned or actual)
         * @description Access: policy `ledger.write`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: date
                         * @description From 1949-01-01 to 2100-12-31
                         * @example 2024-12-31
                         */
                        date: string;
                        note?: string | null;
                        /** @description true: planned (forecast); false: actual */
                        planned: boolean;
                        provider?: string | null;
                        receiver?: string | null;
                        /**
                         * @description commitment (承诺/下达), arrival (funds reaching the recipient side, 到位), disbursement (paid out to the implementer, 拨付), expenditure (spent on the works, 支出)
                         * @enum {string}
                         */
                        type: "commitment" | "arrival" | "disbursement" | "expenditure";
                        /**
                         * @description Integer fen (0.01 yuan), more than 0 and at most 10^15; a correction is a reversal
                         * @example 100000000
                         */
                        valueFen: number;
                    };
                };
            };
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            can: {
                                /** @description The caller may reverse this entry now */
                                reverse: boolean;
                            };
                            createdAt: string;
                            /** @description Who recorded it: `user:NAME` or `system:JOB` */
                            createdBy: string;
                            /** @description The recorder's display name; null for the system (a generator, a job) */
                            createdByName: string | null;
                            date: string;
                            id: number;
                            note: string | null;
                            /** @description A planned (forecast) transaction; false: actual */
                            planned: boolean;
                            /** @description The project code */
                            project: string;
                            /** @description Organisation the money comes from */
                            provider: string | null;
                            /** @description Organisation the money goes to */
                            receiver: string | null;
                            /** @description The reversal that cancels this entry, if any */
                            reversedBy: number | null;
                            /** @description The entry this reversal cancels (its amount is the opposite) */
                            reverses: number | null;
                            /**
                             * @description commitment (承诺/下达), arrival (funds reaching the recipient side, 到位), disbursement (paid out to the implementer, 拨付), expenditure (spent on the works, 支出)
                             * @enum {string}
                             */
                            type: "commitment" | "arrival" | "disbursement" | "expenditure";
                            valueFen: number;
                            /** @description The calendar year of `date` */
                            year: number;
                        };
                    };
                };
                /** @description Not signed in, or the session or token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The policy does not allow this action on this record */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{code}/transactions/{id}/reversal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reverse an entry made in error: records the opposite entry (the ledger is append-only)
         * @description Access: policy `ledger.write`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: date
                         * @description The reversal's date: in the entry's year, not before the entry
                         * @example 2024-12-31
                         */
                        date: string;
                        /** @description Why the entry is reversed */
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            can: {
                                /** @description The caller may reverse this entry now */
                                reverse: boolean;
                            };
                            createdAt: string;
                            /** @description Who recorded it: `user:NAME` or `system:JOB` */
                            createdBy: string;
                            /** @description The recorder's display name; null for the system (a generator, a job) */
                            createdByName: string | null;
                            date: string;
                            id: number;
                            note: string | null;
                            /** @description A planned (forecast) transaction; false: actual */
                            planned: boolean;
                            /** @description The project code */
                            project: string;
                            /** @description Organisation the money comes from */
                            provider: string | null;
                            /** @description Organisation the money goes to */
                            receiver: string | null;
                            /** @description The reversal that cancels this entry, if any */
                            reversedBy: number | null;
                            /** @description The entry this reversal cancels (its amount is the opposite) */
                            reverses: number | null;
                            /**
                             * @description commitment (承诺/下达), arrival (funds reaching the recipient side, 到位), disbursement (paid out to the implementer, 拨付), expenditure (spent on the works, 支出)
                             * @enum {string}
                             */
                            type: "commitment" | "arrival" | "disbursement" | "expenditure";
                            valueFen: number;
                            /** @description The calendar year of `date` */
                            year: number;
                        };
                    };
                };
                /** @description Not signed in, or the session or token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The policy does not allow this action on this record */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{code}/transitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move a project to another stage
         * @description Legal moves: one stage forward (approved → started may skip tendering); suspend (with a reason) before evaluation; resume a suspended project to the stage it was suspended from; cancel (with a reason) before acceptance. `accepted` is confirmed by the recipient side (a recipient editor of one of its locations, or the programme office). An illegal move is 422 on `to`.
         *
         *     Access: policy `projects.transition`.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    "if-match"?: string;
                };
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: date
                         * @description Actual date of the new stage; default today
                         * @example 2024-12-31
                         */
                        date?: string;
                        /** @description Required for suspended and cancelled */
                        reason?: string;
                        /**
                         * @description reserve 储备, approved 立项, tendering 招标, started 开工, completed 完工, accepted 验收移交, audited 决算审计, evaluated 绩效评价; suspended 暂停, cancelled 取消
                         * @enum {string}
                         */
                        to: "reserve" | "approved" | "tendering" | "started" | "completed" | "accepted" | "audited" | "evaluated" | "suspended" | "cancelled";
                    };
                };
            };
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            approvalDate: string | null;
                            budgetFen: number;
                            /** @description What the caller may do with this project, by the same policies */
                            can: {
                                /** @description The stages of `nextStages` the caller may move it to now */
                                moveTo: ("reserve" | "approved" | "tendering" | "started" | "completed" | "accepted" | "audited" | "evaluated" | "suspended" | "cancelled")[];
                                /** @description Read the project's change history (GET /api/projects/{code}/history) */
                                readHistory: boolean;
                                /** @description Record and reverse ledger entries */
                                recordFunds: boolean;
                                /** @description PATCH the project, its results and documents, publish it */
                                update: boolean;
                            };
                            /** @description The date locations were classed in-pair / cross-pair (approval date or today) */
                            classifiedOn: string;
                            code: string;
                            continuing: boolean;
                            createdAt: string;
                            deliveryMode: ("turnkey" | "cheque" | "joint") | null;
                            /** @description Documents are listed, for signed-in callers, by GET /api/projects/{code}/documents */
                            documentCount: number;
                            /** @description The lead donor (largest share) */
                            donor: string;
                            donors: {
                                name: string;
                                /** @description The donor’s English name, if any */
                                nameEn: string | null;
                                org: string;
                                shareBp: number;
                            }[];
                            fixedAsset: boolean;
                            implementingOrg: string | null;
                            /** @description The implementing organisation’s names, for display */
                            implementingOrgName: {
                                en: string | null;
                                zh: string;
                            } | null;
                            livelihoodReason: string | null;
                            livelihoodShareBp: number;
                            locations: {
                                area: {
                                    code: string;
                                    level: string;
                                    name: string;
                                    /** @description The English name (Hotan City) */
                                    nameEn: string;
                                };
                                /** @enum {string} */
                                classification: "in-pair" | "cross-pair";
                                crossPair: boolean;
                                shareBp: number;
                            }[];
                            name: {
                                en: string | null;
                                ug: string | null;
                                zh: string;
                            };
                            /** @description Where POST …/transitions may move it */
                            nextStages: ("reserve" | "approved" | "tendering" | "started" | "completed" | "accepted" | "audited" | "evaluated" | "suspended" | "cancelled")[];
                            programme: string;
                            published: boolean;
                            publishedAt: string | null;
                            results: {
                                asOf: string | null;
                                ethnicMinority: number | null;
                                female: number | null;
                                male: number | null;
                                /** @enum {string} */
                                metric: "jobs" | "trained" | "beneficiaries" | "output-value-fen";
                                note: string | null;
                                planned: boolean;
                                value: number;
                            }[];
                            /**
                             * @description reserve 储备, approved 立项, tendering 招标, started 开工, completed 完工, accepted 验收移交, audited 决算审计, evaluated 绩效评价; suspended 暂停, cancelled 取消
                             * @enum {string}
                             */
                            stage: "reserve" | "approved" | "tendering" | "started" | "completed" | "accepted" | "audited" | "evaluated" | "suspended" | "cancelled";
                            /** @description For a suspended or cancelled project: the progress stage it had reached */
                            stageBeforeSuspension: ("reserve" | "approved" | "tendering" | "started" | "completed" | "accepted" | "audited" | "evaluated") | null;
                            stageDates: {
                                [key: string]: {
                                    actual: string | null;
                                    planned: string | null;
                                };
                            };
                            stageReason: string | null;
                            type: string;
                            updatedAt: string;
                            version: number;
                            year: number;
                        };
                    };
                };
                /** @description Not signed in, or the session or token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The policy does not allow this action on this record */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/areas/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An area’s published figures by year, donor and county
         * @description The projects located in the area or below, money split by location shares. Published projects only, whoever asks (a signed-in caller gets the same figures). Cacheable: `Cache-Control: public, no-cache` and an ETag; `If-None-Match` with it gives a 304. Computed at each request from the sums kept at every commit: never older than the last write.
         */
        get: {
            parameters: {
                query?: {
                    programme?: string;
                };
                header?: never;
                path: {
                    /** @description GB/T 2260 code; unpadded forms are accepted */
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            area: {
                                code: string;
                                /** @enum {string} */
                                level: "province" | "prefecture" | "county" | "township" | "village";
                                name: string;
                                nameEn: string;
                                parent: {
                                    code: string;
                                    name: string;
                                    nameEn: string;
                                } | null;
                            };
                            /** @enum {string} */
                            areaLevel: "province" | "prefecture" | "county" | "township" | "village";
                            /** @description By area at `areaLevel`, most disbursed first */
                            byArea: {
                                code: string;
                                /** @description Integer fen (0.01 yuan), exact: a sum that may exceed 2^53 */
                                committed_fen: number;
                                /** @description Integer fen (0.01 yuan), exact: a sum that may exceed 2^53 */
                                disbursed_fen: number;
                                /** @description Jobs created (achieved figures) */
                                jobs_created: number;
                                name: string;
                                nameEn: string;
                                /** @description Published projects */
                                projects: number;
                                /** @description Integer fen (0.01 yuan), exact: a sum that may exceed 2^53 */
                                spent_fen: number;
                            }[];
                            /** @description By donor (top organisation), most disbursed first */
                            byDonor: {
                                code: string;
                                /** @description Integer fen (0.01 yuan), exact: a sum that may exceed 2^53 */
                                committed_fen: number;
                                /** @description Integer fen (0.01 yuan), exact: a sum that may exceed 2^53 */
                                disbursed_fen: number;
                                /** @description Jobs created (achieved figures) */
                                jobs_created: number;
                                name: string;
                                nameEn: string;
                                /** @description Published projects */
                                projects: number;
                                /** @description Integer fen (0.01 yuan), exact: a sum that may exceed 2^53 */
                                spent_fen: number;
                            }[];
                            /** @description By plan year (projects) / entry year (money) */
                            byYear: {
                                code: string;
                                /** @description Integer fen (0.01 yuan), exact: a sum that may exceed 2^53 */
                                committed_fen: number;
                                /** @description Integer fen (0.01 yuan), exact: a sum that may exceed 2^53 */
                                disbursed_fen: number;
                                /** @description Jobs created (achieved figures) */
                                jobs_created: number;
                                name: string;
                                nameEn: string;
                                /** @description Published projects */
                                projects: number;
                                /** @description Integer fen (0.01 yuan), exact: a sum that may exceed 2^53 */
                                spent_fen: number;
                            }[];
                            programme: {
                                code: string;
                                name: string;
                                nameEn: string;
                            };
                            totals: {
                                /** @description Integer fen (0.01 yuan), exact: a sum that may exceed 2^53 */
                                committed_fen: number;
                                /** @description Integer fen (0.01 yuan), exact: a sum that may exceed 2^53 */
                                disbursed_fen: number;
                                /** @description Jobs created (achieved figures) */
                                jobs_created: number;
                                /** @description Published projects */
                                projects: number;
                                /** @description Integer fen (0.01 yuan), exact: a sum that may exceed 2^53 */
                                spent_fen: number;
                            };
                        };
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/areas/{code}/csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An area’s published figures as CSV
         * @description UTF-8 with a BOM, money in yuan. Published projects only, whoever asks (a signed-in caller gets the same figures). Cacheable: `Cache-Control: public, no-cache` and an ETag; `If-None-Match` with it gives a 304. Computed at each request from the sums kept at every commit: never older than the last write.
         */
        get: {
            parameters: {
                query?: {
                    /** @description The language of the header and names */
                    lang?: "zh" | "en";
                    programme?: string;
                };
                header?: never;
                path: {
                    /** @description GB/T 2260 code; unpadded forms are accepted */
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description CSV, UTF-8 with a BOM */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": string;
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/donors/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A donor’s published figures by year and prefecture
         * @description The donor is a top organisation (a donor province or city); its sub-organisations’ projects count. Published projects only, whoever asks (a signed-in caller gets the same figures). Cacheable: `Cache-Control: public, no-cache` and an ETag; `If-None-Match` with it gives a 304. Computed at each request from the sums kept at every commit: never older than the last write.
         */
        get: {
            parameters: {
                query?: {
                    programme?: string;
                };
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            areaLevel: "province" | "prefecture" | "county" | "township" | "village";
                            /** @description By area at `areaLevel`, most disbursed first */
                            byArea: {
                                code: string;
                                /** @description Integer fen (0.01 yuan), exact: a sum that may exceed 2^53 */
                                committed_fen: number;
                                /** @description Integer fen (0.01 yuan), exact: a sum that may exceed 2^53 */
                                disbursed_fen: number;
                                /** @description Jobs created (achieved figures) */
                                jobs_created: number;
                                name: string;
                                nameEn: string;
                                /** @description Published projects */
                                projects: number;
                                /** @description Integer fen (0.01 yuan), exact: a sum that may exceed 2^53 */
                                spent_fen: number;
                            }[];
                            /** @description By donor (top organisation), most disbursed first */
                            byDonor: {
                                code: string;
                                /** @description Integer fen (0.01 yuan), exact: a sum that may exceed 2^53 */
                                committed_fen: number;
                                /** @description Integer fen (0.01 yuan), exact: a sum that may exceed 2^53 */
                                disbursed_fen: number;
                                /** @description Jobs created (achieved figures) */
                                jobs_created: number;
                                name: string;
                                nameEn: string;
                                /** @description Published projects */
                                projects: number;
                                /** @description Integer fen (0.01 yuan), exact: a sum that may exceed 2^53 */
                                spent_fen: number;
                            }[];
                            /** @description By plan year (projects) / entry year (money) */
                            byYear: {
                                code: string;
                                /** @description Integer fen (0.01 yuan), exact: a sum that may exceed 2^53 */
                                committed_fen: number;
                                /** @description Integer fen (0.01 yuan), exact: a sum that may exceed 2^53 */
                                disbursed_fen: number;
                                /** @description Jobs created (achieved figures) */
                                jobs_created: number;
                                name: string;
                                nameEn: string;
                                /** @description Published projects */
                                projects: number;
                                /** @description Integer fen (0.01 yuan), exact: a sum that may exceed 2^53 */
                                spent_fen: number;
                            }[];
                            donor: {
                                code: string;
                                name: string;
                                nameEn: string;
                            };
                            programme: {
                                code: string;
                                name: string;
                                nameEn: string;
                            };
                            totals: {
                                /** @description Integer fen (0.01 yuan), exact: a sum that may exceed 2^53 */
                                committed_fen: number;
                                /** @description Integer fen (0.01 yuan), exact: a sum that may exceed 2^53 */
                                disbursed_fen: number;
                                /** @description Jobs created (achieved figures) */
                                jobs_created: number;
                                /** @description Published projects */
                                projects: number;
                                /** @description Integer fen (0.01 yuan), exact: a sum that may exceed 2^53 */
                                spent_fen: number;
                            };
                        };
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/donors/{code}/csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A donor’s published figures as CSV
         * @description UTF-8 with a BOM, money in yuan. Published projects only, whoever asks (a signed-in caller gets the same figures). Cacheable: `Cache-Control: public, no-cache` and an ETag; `If-None-Match` with it gives a 304. Computed at each request from the sums kept at every commit: never older than the last write.
         */
        get: {
            parameters: {
                query?: {
                    /** @description The language of the header and names */
                    lang?: "zh" | "en";
                    programme?: string;
                };
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description CSV, UTF-8 with a BOM */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": string;
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/iati": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The programme’s published projects as an IATI 2.03 activities file
         * @description The export of decision 0052, streamed: published projects only, actual unreversed ledger entries. `Cache-Control: public, no-cache`; streamed, so no ETag.
         */
        get: {
            parameters: {
                query?: {
                    programme?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/iati-organisations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The donors of the programme’s published projects as an IATI 2.03 organisations file
         * @description Decision 0067: one organisation per donor holding a share of a published project; its budgets per plan year (and per location) and its disbursements per year, from published projects only. `Cache-Control: public, no-cache`; streamed, so no ETag.
         */
        get: {
            parameters: {
                query?: {
                    programme?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/map": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One published measure by county (the map)
         * @description Money split by location shares; a project above county level counts at its own area. Published projects only, whoever asks (a signed-in caller gets the same figures). Cacheable: `Cache-Control: public, no-cache` and an ETag; `If-None-Match` with it gives a 304. Computed at each request from the sums kept at every commit: never older than the last write.
         */
        get: {
            parameters: {
                query?: {
                    /** @description The measure painted by county: projects, committed_fen, disbursed_fen, spent_fen */
                    measure?: "projects" | "committed_fen" | "disbursed_fen" | "spent_fen";
                    programme?: string;
                    /** @description One calendar year (money by entry date, projects by plan year); all years when absent */
                    year?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            measure: "projects" | "committed_fen" | "disbursed_fen" | "spent_fen";
                            programme: {
                                code: string;
                                name: string;
                                nameEn: string;
                            };
                            rows: {
                                code: string;
                                name: string;
                                nameEn: string;
                                /** @description Integer fen (0.01 yuan), exact: a sum that may exceed 2^53 */
                                value: number;
                            }[];
                            year: number | null;
                        };
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/map/csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The map’s measure by county as CSV
         * @description UTF-8 with a BOM, money in yuan. Published projects only, whoever asks (a signed-in caller gets the same figures). Cacheable: `Cache-Control: public, no-cache` and an ETag; `If-None-Match` with it gives a 304. Computed at each request from the sums kept at every commit: never older than the last write.
         */
        get: {
            parameters: {
                query?: {
                    lang?: "zh" | "en";
                    /** @description The measure painted by county: projects, committed_fen, disbursed_fen, spent_fen */
                    measure?: "projects" | "committed_fen" | "disbursed_fen" | "spent_fen";
                    programme?: string;
                    /** @description One calendar year (money by entry date, projects by plan year); all years when absent */
                    year?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description CSV, UTF-8 with a BOM */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": string;
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/overview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The national dashboard: published projects, money and jobs, by year, donor and prefecture
         * @description Money in integer fen. Published projects only, whoever asks (a signed-in caller gets the same figures). Cacheable: `Cache-Control: public, no-cache` and an ETag; `If-None-Match` with it gives a 304. Computed at each request from the sums kept at every commit: never older than the last write.
         */
        get: {
            parameters: {
                query?: {
                    programme?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            areaLevel: "province" | "prefecture" | "county" | "township" | "village";
                            /** @description By area at `areaLevel`, most disbursed first */
                            byArea: {
                                code: string;
                                /** @description Integer fen (0.01 yuan), exact: a sum that may exceed 2^53 */
                                committed_fen: number;
                                /** @description Integer fen (0.01 yuan), exact: a sum that may exceed 2^53 */
                                disbursed_fen: number;
                                /** @description Jobs created (achieved figures) */
                                jobs_created: number;
                                name: string;
                                nameEn: string;
                                /** @description Published projects */
                                projects: number;
                                /** @description Integer fen (0.01 yuan), exact: a sum that may exceed 2^53 */
                                spent_fen: number;
                            }[];
                            /** @description By donor (top organisation), most disbursed first */
                            byDonor: {
                                code: string;
                                /** @description Integer fen (0.01 yuan), exact: a sum that may exceed 2^53 */
                                committed_fen: number;
                                /** @description Integer fen (0.01 yuan), exact: a sum that may exceed 2^53 */
                                disbursed_fen: number;
                                /** @description Jobs created (achieved figures) */
                                jobs_created: number;
                                name: string;
                                nameEn: string;
                                /** @description Published projects */
                                projects: number;
                                /** @description Integer fen (0.01 yuan), exact: a sum that may exceed 2^53 */
                                spent_fen: number;
                            }[];
                            /** @description By plan year (projects) / entry year (money) */
                            byYear: {
                                code: string;
                                /** @description Integer fen (0.01 yuan), exact: a sum that may exceed 2^53 */
                                committed_fen: number;
                                /** @description Integer fen (0.01 yuan), exact: a sum that may exceed 2^53 */
                                disbursed_fen: number;
                                /** @description Jobs created (achieved figures) */
                                jobs_created: number;
                                name: string;
                                nameEn: string;
                                /** @description Published projects */
                                projects: number;
                                /** @description Integer fen (0.01 yuan), exact: a sum that may exceed 2^53 */
                                spent_fen: number;
                            }[];
                            programme: {
                                code: string;
                                name: string;
                                nameEn: string;
                            };
                            totals: {
                                /** @description Integer fen (0.01 yuan), exact: a sum that may exceed 2^53 */
                                committed_fen: number;
                                /** @description Integer fen (0.01 yuan), exact: a sum that may exceed 2^53 */
                                disbursed_fen: number;
                                /** @description Jobs created (achieved figures) */
                                jobs_created: number;
                                /** @description Published projects */
                                projects: number;
                                /** @description Integer fen (0.01 yuan), exact: a sum that may exceed 2^53 */
                                spent_fen: number;
                            };
                        };
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/overview/csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The national dashboard’s figures as CSV
         * @description UTF-8 with a BOM, money in yuan; text cells beginning with = + - @ are neutralised. Published projects only, whoever asks (a signed-in caller gets the same figures). Cacheable: `Cache-Control: public, no-cache` and an ETag; `If-None-Match` with it gives a 304. Computed at each request from the sums kept at every commit: never older than the last write.
         */
        get: {
            parameters: {
                query?: {
                    /** @description The language of the header and names */
                    lang?: "zh" | "en";
                    programme?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description CSV, UTF-8 with a BOM */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": string;
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/quality": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Data-quality findings programme-wide
         * @description Over the projects the caller may see (published ones for everyone), filtered by programme, year and donor subtree; then by severity and rule, and paged. `counts` are per severity and rule before the severity and rule filters.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Projects with a donor in this organisation’s subtree */
                    donor?: string;
                    limit?: number;
                    offset?: number;
                    programme?: string;
                    rule?: string;
                    severity?: "critical" | "error" | "warning";
                    year?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Per severity and per rule, over the projects checked, before the severity and rule filters */
                            counts: {
                                byRule: {
                                    [key: string]: number;
                                };
                                bySeverity: {
                                    critical: number;
                                    error: number;
                                    warning: number;
                                };
                            };
                            items: {
                                /** @description The field at fault, e.g. `locations` */
                                field: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                project: {
                                    code: string;
                                    leadDonor: string;
                                    name: string;
                                    /** @description The English name, if given */
                                    nameEn: string | null;
                                };
                                rule: string;
                                /** @enum {string} */
                                severity: "critical" | "error" | "warning";
                            }[];
                            /** @description Projects checked (visible and matching the project filters) */
                            projects: number;
                            /** @description Findings matching every filter */
                            total: number;
                        };
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/quality/rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The data-quality rules */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                description: {
                                    en: string;
                                    zh: string;
                                };
                                id: string;
                                /** @enum {string} */
                                severity: "critical" | "error" | "warning";
                            }[];
                        };
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Arrival, disbursement, investment-completion, start and completion rates
         * @description Access: policy `rates.read`.
         */
        get: {
            parameters: {
                query: {
                    /** @description An area (its subtree included) */
                    area?: string;
                    /** @description A donor (its sub-organisations included) */
                    donor?: string;
                    programme: string;
                    project?: string;
                    /** @description The plan year of the projects (their `year`) */
                    year: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            amounts: {
                                /** @description Integer fen (0.01 yuan), exact: a sum that may exceed 2^53 */
                                arrivedFen: number;
                                /** @description Integer fen (0.01 yuan), exact: a sum that may exceed 2^53 */
                                budgetFen: number;
                                /** @description Integer fen (0.01 yuan), exact: a sum that may exceed 2^53 */
                                committedFen: number;
                                /** @description Integer fen (0.01 yuan), exact: a sum that may exceed 2^53 */
                                disbursedFen: number;
                                /** @description Integer fen (0.01 yuan), exact: a sum that may exceed 2^53 */
                                expendedFen: number;
                            };
                            /** @description Arrival rate (到位率): arrived ÷ committed; basis points, null when the denominator is 0 */
                            arrivalRateBp: number | null;
                            /** @description Completion rate (完工率): completed ÷ approved, cancelled projects excluded; basis points, null when the denominator is 0 */
                            completionRateBp: number | null;
                            counts: {
                                /** @description Reached approved (立项), not cancelled */
                                approved: number;
                                /** @description Reached completed (完工), not cancelled */
                                completed: number;
                                /** @description Projects in scope, any stage */
                                projects: number;
                                /** @description Reached started (开工), not cancelled */
                                started: number;
                            };
                            /** @description Disbursement rate (拨付率): disbursed ÷ arrived; basis points, null when the denominator is 0 */
                            disbursementRateBp: number | null;
                            /** @description Investment completion: expended ÷ budget of projects not cancelled; basis points, null when the denominator is 0 */
                            investmentCompletionBp: number | null;
                            scope: {
                                area: string | null;
                                donor: string | null;
                                programme: string;
                                project: string | null;
                                year: number;
                            };
                            /** @description Start rate (开工率): started ÷ approved, cancelled projects excluded; basis points, null when the denominator is 0 */
                            startRateBp: number | null;
                        };
                    };
                };
                /** @description Not signed in, or the session or token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The policy does not allow this action on this record */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rates/donors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The rates of each donor for a programme and year
         * @description Access: policy `rates.read`.
         */
        get: {
            parameters: {
                query: {
                    programme: string;
                    year: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                amounts: {
                                    /** @description Integer fen (0.01 yuan), exact: a sum that may exceed 2^53 */
                                    arrivedFen: number;
                                    /** @description Integer fen (0.01 yuan), exact: a sum that may exceed 2^53 */
                                    budgetFen: number;
                                    /** @description Integer fen (0.01 yuan), exact: a sum that may exceed 2^53 */
                                    committedFen: number;
                                    /** @description Integer fen (0.01 yuan), exact: a sum that may exceed 2^53 */
                                    disbursedFen: number;
                                    /** @description Integer fen (0.01 yuan), exact: a sum that may exceed 2^53 */
                                    expendedFen: number;
                                };
                                /** @description Arrival rate (到位率): arrived ÷ committed; basis points, null when the denominator is 0 */
                                arrivalRateBp: number | null;
                                /** @description Completion rate (完工率): completed ÷ approved, cancelled projects excluded; basis points, null when the denominator is 0 */
                                completionRateBp: number | null;
                                counts: {
                                    /** @description Reached approved (立项), not cancelled */
                                    approved: number;
                                    /** @description Reached completed (完工), not cancelled */
                                    completed: number;
                                    /** @description Projects in scope, any stage */
                                    projects: number;
                                    /** @description Reached started (开工), not cancelled */
                                    started: number;
                                };
                                /** @description Disbursement rate (拨付率): disbursed ÷ arrived; basis points, null when the denominator is 0 */
                                disbursementRateBp: number | null;
                                donor: {
                                    code: string;
                                    name: string;
                                    nameEn: string;
                                };
                                /** @description Investment completion: expended ÷ budget of projects not cancelled; basis points, null when the denominator is 0 */
                                investmentCompletionBp: number | null;
                                /** @description Start rate (开工率): started ÷ approved, cancelled projects excluded; basis points, null when the denominator is 0 */
                                startRateBp: number | null;
                            }[];
                            scope: {
                                programme: string;
                                year: number;
                            };
                        };
                    };
                };
                /** @description Not signed in, or the session or token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The policy does not allow this action on this record */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/area/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The annual work report of a recipient area (any level) for a year
         * @description Funds, the two 80% rules with their margins, projects by stage and type, the largest projects, people and batches, training, companies, sales, outcome indicators and warnings: each section holds only what the caller may see (null: none of it).
         *
         *     Access: policy `reports.area`.
         */
        get: {
            parameters: {
                query: {
                    /** @description The year reported on */
                    year: number;
                };
                header?: never;
                path: {
                    /** @description GB/T 2260 code; unpadded forms are accepted */
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description null: the caller may not see this section */
                            companies: {
                                casesOpen: number;
                                companies: number;
                                /** @description Integer fen (0.01 yuan), exact: a sum that may exceed 2^53 */
                                investmentFen: number;
                                jobs: number;
                            } | null;
                            /** @description The year’s ledger totals the caller may see; by area each project’s share by location (decision 0044) */
                            funds: {
                                /** @description Integer fen (0.01 yuan), exact: a sum that may exceed 2^53 */
                                arrivedFen: number;
                                /** @description Integer fen (0.01 yuan), exact: a sum that may exceed 2^53 */
                                committedFen: number;
                                /** @description Integer fen (0.01 yuan), exact: a sum that may exceed 2^53 */
                                disbursedFen: number;
                                /** @description Integer fen (0.01 yuan), exact: a sum that may exceed 2^53 */
                                spentFen: number;
                            } | null;
                            /** @description A donor’s money by recipient prefecture; an area’s by donor */
                            fundsBy: {
                                /** @description Integer fen (0.01 yuan), exact: a sum that may exceed 2^53 */
                                arrivedFen: number;
                                code: string;
                                /** @description Integer fen (0.01 yuan), exact: a sum that may exceed 2^53 */
                                committedFen: number;
                                /** @description Integer fen (0.01 yuan), exact: a sum that may exceed 2^53 */
                                disbursedFen: number;
                                name: string;
                                nameEn: string;
                                /** @description Integer fen (0.01 yuan), exact: a sum that may exceed 2^53 */
                                spentFen: number;
                            }[] | null;
                            generatedAt: string;
                            indicators: {
                                code: string;
                                name: string;
                                nameEn: string;
                                /** @enum {string} */
                                unit: "count" | "fen" | "person-times";
                                /** @description In the element’s unit (fen for money, basis points for a percentage); null when not reported */
                                value: number | null;
                            }[];
                            /** @enum {string} */
                            kind: "donor" | "area";
                            /** @description The ten largest of the plan year by budget */
                            largestProjects: {
                                areas: {
                                    code: string;
                                    name: string;
                                    nameEn: string;
                                }[];
                                /** @description Integer fen (0.01 yuan), exact: a sum that may exceed 2^53 */
                                budgetFen: number;
                                code: string;
                                donor: {
                                    code: string;
                                    name: string;
                                    nameEn: string;
                                };
                                name: string;
                                nameEn: string | null;
                                stage: string;
                                type: string;
                            }[];
                            /** @description null: the caller may not see this section */
                            people: {
                                batches: {
                                    donor: {
                                        code: string;
                                        name: string;
                                        nameEn: string;
                                    };
                                    name: string | null;
                                    number: number;
                                    programme: string;
                                    startsOn: string | null;
                                }[];
                                byCounterpart: {
                                    code: string;
                                    name: string;
                                    nameEn: string;
                                    sent: number;
                                }[];
                                sent: number;
                                sentFlexible: number;
                                servingFlexibleNow: number;
                                servingNow: number;
                            } | null;
                            projects: {
                                byStage: {
                                    key: string;
                                    name: string;
                                    nameEn: string;
                                    projects: number;
                                }[];
                                byType: {
                                    key: string;
                                    name: string;
                                    nameEn: string;
                                    projects: number;
                                }[];
                                jobsCreated: number;
                                total: number;
                            };
                            /** @description The two 80% rules for the year, plan and actual basis: the donor’s own, or (area report) those of each donor with money in the area that the caller may see, over all their areas */
                            rules: {
                                /** @enum {string} */
                                basis: "plan" | "actual";
                                /** @description Basis points, rounded down: 8000 = 80% */
                                countyAndBelowBp: number;
                                /** @description Integer fen (0.01 yuan), exact: a sum that may exceed 2^53 */
                                countyAndBelowFen: number;
                                countyAndBelowOk: boolean | null;
                                donor: {
                                    code: string;
                                    name: string;
                                    nameEn: string;
                                };
                                /** @description Basis points, rounded down: 8000 = 80% */
                                livelihoodBp: number;
                                /** @description Integer fen (0.01 yuan), exact: a sum that may exceed 2^53 */
                                livelihoodFen: number;
                                livelihoodOk: boolean | null;
                                /** @description Part minus the least passing part: ≥ 0 passes, < 0 is the shortfall */
                                marginFen: {
                                    countyAndBelow: number | null;
                                    livelihood: number | null;
                                };
                                programme: {
                                    code: string;
                                    name: string;
                                    nameEn: string;
                                };
                                thresholds: {
                                    /** @description Basis points, rounded down: 8000 = 80% */
                                    countyAndBelowBp: number;
                                    /** @description Basis points, rounded down: 8000 = 80% */
                                    livelihoodBp: number;
                                } | null;
                                /** @description Integer fen (0.01 yuan), exact: a sum that may exceed 2^53 */
                                totalFen: number;
                            }[] | null;
                            /** @description null: the caller may not see this section */
                            sales: {
                                byCounterpart: {
                                    code: string;
                                    name: string;
                                    nameEn: string;
                                    /** @description Integer fen (0.01 yuan), exact: a sum that may exceed 2^53 */
                                    salesFen: number;
                                }[];
                                /** @description Integer fen (0.01 yuan), exact: a sum that may exceed 2^53 */
                                salesFen: number;
                            } | null;
                            subject: {
                                code: string;
                                level: string | null;
                                name: string;
                                nameEn: string;
                            };
                            /** @description null: the caller may not see this section */
                            training: {
                                jobsFound: number;
                                peopleTrained: number;
                                personTimes: number;
                            } | null;
                            warnings: {
                                acknowledged: number;
                                dismissed: number;
                                open: number;
                                /** @description The newest open ones (at most 10) */
                                openItems: {
                                    detectedAt: string;
                                    id: number;
                                    kind: string;
                                    status: string;
                                    /** @description The project’s, person’s or company’s name */
                                    subject: string;
                                }[];
                                resolved: number;
                            };
                            year: number;
                        };
                    };
                };
                /** @description Not signed in, or the session or token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The policy does not allow this action on this record */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/area/{code}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The annual work report of a recipient area (any level) as a PDF (A4, Chinese font embedded, charts)
         * @description The same report as the JSON route, drawn by the server. Needs a Chinese font on the server (fonts-wqy-microhei, or SHANHAI_PDF_FONT): without one, 503 with the problem `report.fontMissing` saying what to install.
         *
         *     Access: policy `reports.area`.
         */
        get: {
            parameters: {
                query: {
                    /** @description The PDF’s language (default: Accept-Language, Chinese first) */
                    lang?: "zh" | "en";
                    /** @description The year reported on */
                    year: number;
                };
                header?: never;
                path: {
                    /** @description GB/T 2260 code; unpadded forms are accepted */
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in, or the session or token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The policy does not allow this action on this record */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/donor/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The annual work report of a donor for a year
         * @description Funds, the two 80% rules with their margins, projects by stage and type, the largest projects, people and batches, training, companies, sales, outcome indicators and warnings: each section holds only what the caller may see (null: none of it).
         *
         *     Access: policy `reports.donor`.
         */
        get: {
            parameters: {
                query: {
                    /** @description The year reported on */
                    year: number;
                };
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description null: the caller may not see this section */
                            companies: {
                                casesOpen: number;
                                companies: number;
                                /** @description Integer fen (0.01 yuan), exact: a sum that may exceed 2^53 */
                                investmentFen: number;
                                jobs: number;
                            } | null;
                            /** @description The year’s ledger totals the caller may see; by area each project’s share by location (decision 0044) */
                            funds: {
                                /** @description Integer fen (0.01 yuan), exact: a sum that may exceed 2^53 */
                                arrivedFen: number;
                                /** @description Integer fen (0.01 yuan), exact: a sum that may exceed 2^53 */
                                committedFen: number;
                                /** @description Integer fen (0.01 yuan), exact: a sum that may exceed 2^53 */
                                disbursedFen: number;
                                /** @description Integer fen (0.01 yuan), exact: a sum that may exceed 2^53 */
                                spentFen: number;
                            } | null;
                            /** @description A donor’s money by recipient prefecture; an area’s by donor */
                            fundsBy: {
                                /** @description Integer fen (0.01 yuan), exact: a sum that may exceed 2^53 */
                                arrivedFen: number;
                                code: string;
                                /** @description Integer fen (0.01 yuan), exact: a sum that may exceed 2^53 */
                                committedFen: number;
                                /** @description Integer fen (0.01 yuan), exact: a sum that may exceed 2^53 */
                                disbursedFen: number;
                                name: string;
                                nameEn: string;
                                /** @description Integer fen (0.01 yuan), exact: a sum that may exceed 2^53 */
                                spentFen: number;
                            }[] | null;
                            generatedAt: string;
                            indicators: {
                                code: string;
                                name: string;
                                nameEn: string;
                                /** @enum {string} */
                                unit: "count" | "fen" | "person-times";
                                /** @description In the element’s unit (fen for money, basis points for a percentage); null when not reported */
                                value: number | null;
                            }[];
                            /** @enum {string} */
                            kind: "donor" | "area";
                            /** @description The ten largest of the plan year by budget */
                            largestProjects: {
                                areas: {
                                    code: string;
                                    name: string;
                                    nameEn: string;
                                }[];
                                /** @description Integer fen (0.01 yuan), exact: a sum that may exceed 2^53 */
                                budgetFen: number;
                                code: string;
                                donor: {
                                    code: string;
                                    name: string;
                                    nameEn: string;
                                };
                                name: string;
                                nameEn: string | null;
                                stage: string;
                                type: string;
                            }[];
                            /** @description null: the caller may not see this section */
                            people: {
                                batches: {
                                    donor: {
                                        code: string;
                                        name: string;
                                        nameEn: string;
                                    };
                                    name: string | null;
                                    number: number;
                                    programme: string;
                                    startsOn: string | null;
                                }[];
                                byCounterpart: {
                                    code: string;
                                    name: string;
                                    nameEn: string;
                                    sent: number;
                                }[];
                                sent: number;
                                sentFlexible: number;
                                servingFlexibleNow: number;
                                servingNow: number;
                            } | null;
                            projects: {
                                byStage: {
                                    key: string;
                                    name: string;
                                    nameEn: string;
                                    projects: number;
                                }[];
                                byType: {
                                    key: string;
                                    name: string;
                                    nameEn: string;
                                    projects: number;
                                }[];
                                jobsCreated: number;
                                total: number;
                            };
                            /** @description The two 80% rules for the year, plan and actual basis: the donor’s own, or (area report) those of each donor with money in the area that the caller may see, over all their areas */
                            rules: {
                                /** @enum {string} */
                                basis: "plan" | "actual";
                                /** @description Basis points, rounded down: 8000 = 80% */
                                countyAndBelowBp: number;
                                /** @description Integer fen (0.01 yuan), exact: a sum that may exceed 2^53 */
                                countyAndBelowFen: number;
                                countyAndBelowOk: boolean | null;
                                donor: {
                                    code: string;
                                    name: string;
                                    nameEn: string;
                                };
                                /** @description Basis points, rounded down: 8000 = 80% */
                                livelihoodBp: number;
                                /** @description Integer fen (0.01 yuan), exact: a sum that may exceed 2^53 */
                                livelihoodFen: number;
                                livelihoodOk: boolean | null;
                                /** @description Part minus the least passing part: ≥ 0 passes, < 0 is the shortfall */
                                marginFen: {
                                    countyAndBelow: number | null;
                                    livelihood: number | null;
                                };
                                programme: {
                                    code: string;
                                    name: string;
                                    nameEn: string;
                                };
                                thresholds: {
                                    /** @description Basis points, rounded down: 8000 = 80% */
                                    countyAndBelowBp: number;
                                    /** @description Basis points, rounded down: 8000 = 80% */
                                    livelihoodBp: number;
                                } | null;
                                /** @description Integer fen (0.01 yuan), exact: a sum that may exceed 2^53 */
                                totalFen: number;
                            }[] | null;
                            /** @description null: the caller may not see this section */
                            sales: {
                                byCounterpart: {
                                    code: string;
                                    name: string;
                                    nameEn: string;
                                    /** @description Integer fen (0.01 yuan), exact: a sum that may exceed 2^53 */
                                    salesFen: number;
                                }[];
                                /** @description Integer fen (0.01 yuan), exact: a sum that may exceed 2^53 */
                                salesFen: number;
                            } | null;
                            subject: {
                                code: string;
                                level: string | null;
                                name: string;
                                nameEn: string;
                            };
                            /** @description null: the caller may not see this section */
                            training: {
                                jobsFound: number;
                                peopleTrained: number;
                                personTimes: number;
                            } | null;
                            warnings: {
                                acknowledged: number;
                                dismissed: number;
                                open: number;
                                /** @description The newest open ones (at most 10) */
                                openItems: {
                                    detectedAt: string;
                                    id: number;
                                    kind: string;
                                    status: string;
                                    /** @description The project’s, person’s or company’s name */
                                    subject: string;
                                }[];
                                resolved: number;
                            };
                            year: number;
                        };
                    };
                };
                /** @description Not signed in, or the session or token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The policy does not allow this action on this record */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/donor/{code}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The annual work report of a donor as a PDF (A4, Chinese font embedded, charts)
         * @description The same report as the JSON route, drawn by the server. Needs a Chinese font on the server (fonts-wqy-microhei, or SHANHAI_PDF_FONT): without one, 503 with the problem `report.fontMissing` saying what to install.
         *
         *     Access: policy `reports.donor`.
         */
        get: {
            parameters: {
                query: {
                    /** @description The PDF’s language (default: Accept-Language, Chinese first) */
                    lang?: "zh" | "en";
                    /** @description The year reported on */
                    year: number;
                };
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in, or the session or token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The policy does not allow this action on this record */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The signed-in user, their roles and what they may do
         * @description Access: any signed-in user.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description For each action, whether the caller may ever perform it (its policy asked without a record); records carry their own `can` */
                            can: {
                                "areas.write": boolean;
                                "companies.history": boolean;
                                "companies.read": boolean;
                                "companies.settings": boolean;
                                "companies.write": boolean;
                                "compliance.read": boolean;
                                "consumption.read": boolean;
                                "consumption.readHistory": boolean;
                                "consumption.write": boolean;
                                "history.read": boolean;
                                "history.readProject": boolean;
                                "history.verify": boolean;
                                "indicators.configure": boolean;
                                "indicators.enter": boolean;
                                "indicators.read": boolean;
                                "institutionPairings.read": boolean;
                                "institutionPairings.readHistory": boolean;
                                "jobs.read": boolean;
                                "jobs.write": boolean;
                                "ledger.read": boolean;
                                "ledger.write": boolean;
                                "mentoring.read": boolean;
                                "mentoring.readHistory": boolean;
                                "mentoring.write": boolean;
                                "organisations.write": boolean;
                                "pairings.write": boolean;
                                "people.accessLog": boolean;
                                "people.personalData": boolean;
                                "people.read": boolean;
                                "people.readHistory": boolean;
                                "people.write": boolean;
                                "plans.decide": boolean;
                                "plans.read": boolean;
                                "plans.write": boolean;
                                "programmes.write": boolean;
                                "projects.read": boolean;
                                "projects.transition": boolean;
                                "projects.write": boolean;
                                "projectTypes.write": boolean;
                                "rates.read": boolean;
                                "reports.area": boolean;
                                "reports.donor": boolean;
                                "summary.read": boolean;
                                "teams.read": boolean;
                                "teams.readHistory": boolean;
                                "teams.write": boolean;
                                "tokens.manage": boolean;
                                "training.read": boolean;
                                "training.readHistory": boolean;
                                "training.write": boolean;
                                "trainingProgrammes.write": boolean;
                                "users.manage": boolean;
                                "users.read": boolean;
                                "users.set-password": boolean;
                                "warnings.assign": boolean;
                                "warnings.compute": boolean;
                                "warnings.settings": boolean;
                                "warnings.write": boolean;
                            };
                            user: {
                                displayName: string;
                                id: number;
                                roles: {
                                    area: {
                                        code: string;
                                        name: string;
                                    } | null;
                                    org: {
                                        code: string;
                                        name: string;
                                    } | null;
                                    /** @enum {string} */
                                    role: "coordinator" | "donor-editor" | "recipient-editor" | "auditor" | "viewer";
                                }[];
                                username: string;
                            };
                        };
                    };
                };
                /** @description Not signed in, or the session or token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The policy does not allow this action on this record */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Sign in; sets the HttpOnly session cookie
         * @description Wrong username or password: 401. Too many recent failures for the username from this address (growing backoff), for the address, or for the username from an address it has not signed in from: 429 with Retry-After.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        password: string;
                        username: string;
                    };
                };
            };
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description For each action, whether the caller may ever perform it (its policy asked without a record); records carry their own `can` */
                            can: {
                                "areas.write": boolean;
                                "companies.history": boolean;
                                "companies.read": boolean;
                                "companies.settings": boolean;
                                "companies.write": boolean;
                                "compliance.read": boolean;
                                "consumption.read": boolean;
                                "consumption.readHistory": boolean;
                                "consumption.write": boolean;
                                "history.read": boolean;
                                "history.readProject": boolean;
                                "history.verify": boolean;
                                "indicators.configure": boolean;
                                "indicators.enter": boolean;
                                "indicators.read": boolean;
                                "institutionPairings.read": boolean;
                                "institutionPairings.readHistory": boolean;
                                "jobs.read": boolean;
                                "jobs.write": boolean;
                                "ledger.read": boolean;
                                "ledger.write": boolean;
                                "mentoring.read": boolean;
                                "mentoring.readHistory": boolean;
                                "mentoring.write": boolean;
                                "organisations.write": boolean;
                                "pairings.write": boolean;
                                "people.accessLog": boolean;
                                "people.personalData": boolean;
                                "people.read": boolean;
                                "people.readHistory": boolean;
                                "people.write": boolean;
                                "plans.decide": boolean;
                                "plans.read": boolean;
                                "plans.write": boolean;
                                "programmes.write": boolean;
                                "projects.read": boolean;
                                "projects.transition": boolean;
                                "projects.write": boolean;
                                "projectTypes.write": boolean;
                                "rates.read": boolean;
                                "reports.area": boolean;
                                "reports.donor": boolean;
                                "summary.read": boolean;
                                "teams.read": boolean;
                                "teams.readHistory": boolean;
                                "teams.write": boolean;
                                "tokens.manage": boolean;
                                "training.read": boolean;
                                "training.readHistory": boolean;
                                "training.write": boolean;
                                "trainingProgrammes.write": boolean;
                                "users.manage": boolean;
                                "users.read": boolean;
                                "users.set-password": boolean;
                                "warnings.assign": boolean;
                                "warnings.compute": boolean;
                                "warnings.settings": boolean;
                                "warnings.write": boolean;
                            };
                            user: {
                                displayName: string;
                                id: number;
                                roles: {
                                    area: {
                                        code: string;
                                        name: string;
                                    } | null;
                                    org: {
                                        code: string;
                                        name: string;
                                    } | null;
                                    /** @enum {string} */
                                    role: "coordinator" | "donor-editor" | "recipient-editor" | "auditor" | "viewer";
                                }[];
                                username: string;
                            };
                        };
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        /** Sign out; ends the session and clears the cookie (a no-op without one) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The caller’s programme at a glance: the two rules by donor, progress, warnings by kind
         * @description Access: policy `summary.read`.
         */
        get: {
            parameters: {
                query?: {
                    programme?: string;
                    /** @description Default: the latest year with actual disbursements (else the current year) */
                    year?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The areas of the scope (area scope) */
                            areas: {
                                code: string;
                                /** @enum {string} */
                                level: "province" | "prefecture" | "county" | "township" | "village";
                                name: string;
                                /** @description The English name (和田地区 → Hotan Prefecture) */
                                nameEn: string;
                            }[];
                            counts: {
                                /** @description Projects of the programme in the scope */
                                projects: number;
                                projectsInYear: number;
                            };
                            /** @description The donors of the scope (donor scope) */
                            donors: {
                                code: string;
                                name: string;
                                nameEn: string;
                            }[];
                            programme: string;
                            /** @description Funds and progress of the year’s projects in the scope (its donors or areas, each project once, weighted by the sum of the granted donors’ shares or of its locations in the granted areas); null for published-only callers */
                            progress: {
                                amounts: {
                                    /** @description Integer fen (0.01 yuan), exact: a sum that may exceed 2^53 */
                                    arrivedFen: number;
                                    /** @description Integer fen (0.01 yuan), exact: a sum that may exceed 2^53 */
                                    budgetFen: number;
                                    /** @description Integer fen (0.01 yuan), exact: a sum that may exceed 2^53 */
                                    committedFen: number;
                                    /** @description Integer fen (0.01 yuan), exact: a sum that may exceed 2^53 */
                                    disbursedFen: number;
                                    /** @description Integer fen (0.01 yuan), exact: a sum that may exceed 2^53 */
                                    expendedFen: number;
                                };
                                /** @description Arrival rate (到位率): arrived ÷ committed; basis points, null when the denominator is 0 */
                                arrivalRateBp: number | null;
                                /** @description Completion rate (完工率): completed ÷ approved, cancelled projects excluded; basis points, null when the denominator is 0 */
                                completionRateBp: number | null;
                                counts: {
                                    /** @description Reached approved (立项), not cancelled */
                                    approved: number;
                                    /** @description Reached completed (完工), not cancelled */
                                    completed: number;
                                    /** @description Projects in scope, any stage */
                                    projects: number;
                                    /** @description Reached started (开工), not cancelled */
                                    started: number;
                                };
                                /** @description Disbursement rate (拨付率): disbursed ÷ arrived; basis points, null when the denominator is 0 */
                                disbursementRateBp: number | null;
                                /** @description Investment completion: expended ÷ budget of projects not cancelled; basis points, null when the denominator is 0 */
                                investmentCompletionBp: number | null;
                                /** @description Start rate (开工率): started ÷ approved, cancelled projects excluded; basis points, null when the denominator is 0 */
                                startRateBp: number | null;
                            } | null;
                            /** @description The two 80% rules on the actual basis per donor the caller may see; null when it may see none */
                            rules: {
                                items: {
                                    /** @description Basis points, rounded down: 8000 = 80% */
                                    countyAndBelowBp: number;
                                    countyAndBelowOk: boolean | null;
                                    donor: {
                                        code: string;
                                        name: string;
                                        nameEn: string;
                                    };
                                    /** @description Basis points, rounded down: 8000 = 80% */
                                    livelihoodBp: number;
                                    livelihoodOk: boolean | null;
                                    /** @description Integer fen (0.01 yuan), exact: a sum that may exceed 2^53 */
                                    totalFen: number;
                                }[];
                                thresholds: {
                                    /** @description Basis points, rounded down: 8000 = 80% */
                                    countyAndBelowBp: number;
                                    /** @description Basis points, rounded down: 8000 = 80% */
                                    livelihoodBp: number;
                                } | null;
                                /** @description The sums of the listed donors, judged against the year’s thresholds */
                                totals: {
                                    /** @description Basis points, rounded down: 8000 = 80% */
                                    countyAndBelowBp: number;
                                    /** @description Integer fen (0.01 yuan), exact: a sum that may exceed 2^53 */
                                    countyAndBelowFen: number;
                                    countyAndBelowOk: boolean | null;
                                    /** @description Integer fen (0.01 yuan), exact: a sum that may exceed 2^53 */
                                    crossPairFen: number;
                                    /** @description Basis points, rounded down: 8000 = 80% */
                                    livelihoodBp: number;
                                    /** @description Integer fen (0.01 yuan), exact: a sum that may exceed 2^53 */
                                    livelihoodFen: number;
                                    livelihoodOk: boolean | null;
                                    /** @description Integer fen (0.01 yuan), exact: a sum that may exceed 2^53 */
                                    totalFen: number;
                                };
                            } | null;
                            /**
                             * @description Whose figures: the whole programme (programme office, auditors), the donors of a donor editor, the areas of a recipient editor, or published projects only
                             * @enum {string}
                             */
                            scope: "programme" | "donor" | "area" | "public";
                            /** @description The scope’s open warnings by kind; null for published-only callers */
                            warnings: {
                                byKind: {
                                    count: number;
                                    /** @enum {string} */
                                    kind: "not-started" | "no-disbursement" | "stage-overdue" | "acceptance-pending";
                                }[];
                                /** @description Open and acknowledged warnings */
                                open: number;
                            } | null;
                            year: number;
                            /** @description Years with disbursements, newest first */
                            years: number[];
                        };
                    };
                };
                /** @description Not signed in, or the session or token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The policy does not allow this action on this record */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/teams": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Teams the caller may see, by donor, area, period and kind
         * @description Access: policy `teams.read`.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Records in this area or below it */
                    area?: string;
                    /** @description This donor's records, its organisations' too */
                    donor?: string;
                    /** @description Records active on or after this day */
                    from?: string;
                    /** @description medical (医疗组团), education (教育组团) or other */
                    kind?: "medical" | "education" | "other";
                    limit?: number;
                    offset?: number;
                    /** @description Teams this person has been a member or leader of */
                    person?: number;
                    /** @description Records active on or before this day */
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                area: {
                                    code: string;
                                    /** @enum {string} */
                                    level: "province" | "prefecture" | "county" | "township" | "village";
                                    name: string;
                                    /** @description The English name (和田地区 → Hotan Prefecture) */
                                    nameEn: string;
                                };
                                can: {
                                    readHistory: boolean;
                                    write: boolean;
                                };
                                donor: {
                                    code: string;
                                    name: string;
                                    nameEn: string;
                                };
                                endsOn: string | null;
                                /** @description The hospital or school the team takes over */
                                host: {
                                    code: string | null;
                                    name: string;
                                    /** @description English name of a listed organisation; empty otherwise */
                                    nameEn: string;
                                };
                                id: number;
                                /**
                                 * @description medical (医疗组团), education (教育组团) or other
                                 * @enum {string}
                                 */
                                kind: "medical" | "education" | "other";
                                /** @description The leader on the team's last day or today, whichever is earlier */
                                leader: {
                                    id: number;
                                    name: string;
                                } | null;
                                /** @description Leader and members over time */
                                members: {
                                    endsOn: string | null;
                                    id: number;
                                    person: {
                                        id: number;
                                        name: string;
                                    };
                                    /** @enum {string} */
                                    role: "leader" | "member";
                                    startsOn: string;
                                }[];
                                name: string;
                                note: string | null;
                                publishedAt: string | null;
                                startsOn: string;
                                version: number;
                            }[];
                            limit: number;
                            offset: number;
                            total: number;
                        };
                    };
                };
                /** @description Not signed in, or the session or token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The policy does not allow this action on this record */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Create a team
         * @description Access: policy `teams.write`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description GB/T 2260 code; unpadded forms are accepted
                         * @example 653201
                         */
                        areaCode: string;
                        /** @example 110000 */
                        donorCode: string;
                        endsOn?: string | null;
                        /** @example 110000 */
                        hostOrgCode?: string;
                        hostOrgName?: string;
                        /**
                         * @description medical (医疗组团), education (教育组团) or other
                         * @enum {string}
                         */
                        kind: "medical" | "education" | "other";
                        name: string;
                        note?: string | null;
                        /** @default false */
                        published?: boolean;
                        /**
                         * Format: date
                         * @description From 1949-01-01 to 2100-12-31
                         * @example 2024-12-31
                         */
                        startsOn: string;
                    };
                };
            };
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            area: {
                                code: string;
                                /** @enum {string} */
                                level: "province" | "prefecture" | "county" | "township" | "village";
                                name: string;
                                /** @description The English name (和田地区 → Hotan Prefecture) */
                                nameEn: string;
                            };
                            can: {
                                readHistory: boolean;
                                write: boolean;
                            };
                            donor: {
                                code: string;
                                name: string;
                                nameEn: string;
                            };
                            endsOn: string | null;
                            /** @description The hospital or school the team takes over */
                            host: {
                                code: string | null;
                                name: string;
                                /** @description English name of a listed organisation; empty otherwise */
                                nameEn: string;
                            };
                            id: number;
                            /**
                             * @description medical (医疗组团), education (教育组团) or other
                             * @enum {string}
                             */
                            kind: "medical" | "education" | "other";
                            /** @description The leader on the team's last day or today, whichever is earlier */
                            leader: {
                                id: number;
                                name: string;
                            } | null;
                            /** @description Leader and members over time */
                            members: {
                                endsOn: string | null;
                                id: number;
                                person: {
                                    id: number;
                                    name: string;
                                };
                                /** @enum {string} */
                                role: "leader" | "member";
                                startsOn: string;
                            }[];
                            name: string;
                            note: string | null;
                            publishedAt: string | null;
                            startsOn: string;
                            version: number;
                        };
                    };
                };
                /** @description Not signed in, or the session or token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The policy does not allow this action on this record */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/teams/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One team, with its leader and members over time
         * @description Access: policy `teams.read`.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            area: {
                                code: string;
                                /** @enum {string} */
                                level: "province" | "prefecture" | "county" | "township" | "village";
                                name: string;
                                /** @description The English name (和田地区 → Hotan Prefecture) */
                                nameEn: string;
                            };
                            can: {
                                readHistory: boolean;
                                write: boolean;
                            };
                            donor: {
                                code: string;
                                name: string;
                                nameEn: string;
                            };
                            endsOn: string | null;
                            /** @description The hospital or school the team takes over */
                            host: {
                                code: string | null;
                                name: string;
                                /** @description English name of a listed organisation; empty otherwise */
                                nameEn: string;
                            };
                            id: number;
                            /**
                             * @description medical (医疗组团), education (教育组团) or other
                             * @enum {string}
                             */
                            kind: "medical" | "education" | "other";
                            /** @description The leader on the team's last day or today, whichever is earlier */
                            leader: {
                                id: number;
                                name: string;
                            } | null;
                            /** @description Leader and members over time */
                            members: {
                                endsOn: string | null;
                                id: number;
                                person: {
                                    id: number;
                                    name: string;
                                };
                                /** @enum {string} */
                                role: "leader" | "member";
                                startsOn: string;
                            }[];
                            name: string;
                            note: string | null;
                            publishedAt: string | null;
                            startsOn: string;
                            version: number;
                        };
                    };
                };
                /** @description Not signed in, or the session or token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The policy does not allow this action on this record */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a team's name, host name, end, note or publication
         * @description Access: policy `teams.write`.
         */
        patch: {
            parameters: {
                query?: never;
                header?: {
                    "if-match"?: string;
                };
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        endsOn?: string | null;
                        hostOrgName?: string | null;
                        name?: string;
                        note?: string | null;
                        published?: boolean;
                    };
                };
            };
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            area: {
                                code: string;
                                /** @enum {string} */
                                level: "province" | "prefecture" | "county" | "township" | "village";
                                name: string;
                                /** @description The English name (和田地区 → Hotan Prefecture) */
                                nameEn: string;
                            };
                            can: {
                                readHistory: boolean;
                                write: boolean;
                            };
                            donor: {
                                code: string;
                                name: string;
                                nameEn: string;
                            };
                            endsOn: string | null;
                            /** @description The hospital or school the team takes over */
                            host: {
                                code: string | null;
                                name: string;
                                /** @description English name of a listed organisation; empty otherwise */
                                nameEn: string;
                            };
                            id: number;
                            /**
                             * @description medical (医疗组团), education (教育组团) or other
                             * @enum {string}
                             */
                            kind: "medical" | "education" | "other";
                            /** @description The leader on the team's last day or today, whichever is earlier */
                            leader: {
                                id: number;
                                name: string;
                            } | null;
                            /** @description Leader and members over time */
                            members: {
                                endsOn: string | null;
                                id: number;
                                person: {
                                    id: number;
                                    name: string;
                                };
                                /** @enum {string} */
                                role: "leader" | "member";
                                startsOn: string;
                            }[];
                            name: string;
                            note: string | null;
                            publishedAt: string | null;
                            startsOn: string;
                            version: number;
                        };
                    };
                };
                /** @description Not signed in, or the session or token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The policy does not allow this action on this record */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/teams/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A team's change history, newest first
         * @description Access: policy `teams.readHistory`.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                action: string;
                                actor: string;
                                /** @description The person's display name; null for the system */
                                actorName: string | null;
                                after: unknown;
                                at: string;
                                before: unknown;
                                changes: ({
                                    after: string | null;
                                    before: string | null;
                                    field: string;
                                    /** @enum {string} */
                                    kind: "text";
                                } | {
                                    after: number | null;
                                    before: number | null;
                                    field: string;
                                    /** @enum {string} */
                                    kind: "money";
                                } | {
                                    after: string | null;
                                    before: string | null;
                                    field: string;
                                    /** @enum {string} */
                                    kind: "date";
                                } | {
                                    after: string | null;
                                    before: string | null;
                                    field: string;
                                    /** @enum {string} */
                                    kind: "published";
                                } | {
                                    after: boolean | null;
                                    before: boolean | null;
                                    field: string;
                                    /** @enum {string} */
                                    kind: "flag";
                                } | {
                                    after: number | null;
                                    before: number | null;
                                    field: string;
                                    /** @enum {string} */
                                    kind: "number";
                                } | {
                                    after: {
                                        en: string | null;
                                        zh: string;
                                    } | null;
                                    before: {
                                        en: string | null;
                                        zh: string;
                                    } | null;
                                    field: string;
                                    /** @enum {string} */
                                    kind: "name";
                                } | {
                                    after: {
                                        en: string | null;
                                        zh: string;
                                    }[] | null;
                                    before: {
                                        en: string | null;
                                        zh: string;
                                    }[] | null;
                                    field: string;
                                    /** @enum {string} */
                                    kind: "names";
                                } | {
                                    after: string | null;
                                    before: string | null;
                                    field: string;
                                    /** @enum {string} */
                                    kind: "enum";
                                } | {
                                    after: number | null;
                                    before: number | null;
                                    field: string;
                                    /** @enum {string} */
                                    kind: "items";
                                } | {
                                    after: null;
                                    before: null;
                                    field: string;
                                    /** @enum {string} */
                                    kind: "reference";
                                })[];
                                entityId: string;
                                entityType: string;
                                id: number;
                            }[];
                        };
                    };
                };
                /** @description Not signed in, or the session or token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The policy does not allow this action on this record */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/teams/{id}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a leader or a member over dates (If-Match: the team’s version)
         * @description Access: policy `teams.write`.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    "if-match"?: string;
                };
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        endsOn?: string | null;
                        personId: number;
                        /**
                         * @default member
                         * @enum {string}
                         */
                        role?: "leader" | "member";
                        /**
                         * Format: date
                         * @description From 1949-01-01 to 2100-12-31
                         * @example 2024-12-31
                         */
                        startsOn: string;
                    };
                };
            };
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            area: {
                                code: string;
                                /** @enum {string} */
                                level: "province" | "prefecture" | "county" | "township" | "village";
                                name: string;
                                /** @description The English name (和田地区 → Hotan Prefecture) */
                                nameEn: string;
                            };
                            can: {
                                readHistory: boolean;
                                write: boolean;
                            };
                            donor: {
                                code: string;
                                name: string;
                                nameEn: string;
                            };
                            endsOn: string | null;
                            /** @description The hospital or school the team takes over */
                            host: {
                                code: string | null;
                                name: string;
                                /** @description English name of a listed organisation; empty otherwise */
                                nameEn: string;
                            };
                            id: number;
                            /**
                             * @description medical (医疗组团), education (教育组团) or other
                             * @enum {string}
                             */
                            kind: "medical" | "education" | "other";
                            /** @description The leader on the team's last day or today, whichever is earlier */
                            leader: {
                                id: number;
                                name: string;
                            } | null;
                            /** @description Leader and members over time */
                            members: {
                                endsOn: string | null;
                                id: number;
                                person: {
                                    id: number;
                                    name: string;
                                };
                                /** @enum {string} */
                                role: "leader" | "member";
                                startsOn: string;
                            }[];
                            name: string;
                            note: string | null;
                            publishedAt: string | null;
                            startsOn: string;
                            version: number;
                        };
                    };
                };
                /** @description Not signed in, or the session or token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The policy does not allow this action on this record */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/teams/{id}/members/{memberId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a member's role or dates (If-Match: the team’s version)
         * @description Access: policy `teams.write`.
         */
        patch: {
            parameters: {
                query?: never;
                header?: {
                    "if-match"?: string;
                };
                path: {
                    id: number;
                    memberId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        endsOn?: string | null;
                        /** @enum {string} */
                        role?: "leader" | "member";
                        /**
                         * Format: date
                         * @description From 1949-01-01 to 2100-12-31
                         * @example 2024-12-31
                         */
                        startsOn?: string;
                    };
                };
            };
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            area: {
                                code: string;
                                /** @enum {string} */
                                level: "province" | "prefecture" | "county" | "township" | "village";
                                name: string;
                                /** @description The English name (和田地区 → Hotan Prefecture) */
                                nameEn: string;
                            };
                            can: {
                                readHistory: boolean;
                                write: boolean;
                            };
                            donor: {
                                code: string;
                                name: string;
                                nameEn: string;
                            };
                            endsOn: string | null;
                            /** @description The hospital or school the team takes over */
                            host: {
                                code: string | null;
                                name: string;
                                /** @description English name of a listed organisation; empty otherwise */
                                nameEn: string;
                            };
                            id: number;
                            /**
                             * @description medical (医疗组团), education (教育组团) or other
                             * @enum {string}
                             */
                            kind: "medical" | "education" | "other";
                            /** @description The leader on the team's last day or today, whichever is earlier */
                            leader: {
                                id: number;
                                name: string;
                            } | null;
                            /** @description Leader and members over time */
                            members: {
                                endsOn: string | null;
                                id: number;
                                person: {
                                    id: number;
                                    name: string;
                                };
                                /** @enum {string} */
                                role: "leader" | "member";
                                startsOn: string;
                            }[];
                            name: string;
                            note: string | null;
                            publishedAt: string | null;
                            startsOn: string;
                            version: number;
                        };
                    };
                };
                /** @description Not signed in, or the session or token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The policy does not allow this action on this record */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/templates/{kind}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The Excel template of a kind
         * @description Headers in Chinese or English, a comment on each, drop-down lists for coded columns, formats, an example row and a hidden sheet naming the kind and version.
         *
         *     Access: any signed-in user.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Headers / messages in Chinese, English or Uyghur (right-to-left sheets); default from Accept-Language */
                    lang?: "zh" | "en" | "ug";
                };
                header?: never;
                path: {
                    /** @description projects (with locations and donor shares), ledger, plan-items (annual plans, one row per project), people (persons with their postings), training (sessions) */
                    kind: "projects" | "ledger" | "plan-items" | "people" | "training";
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in, or the session or token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The policy does not allow this action on this record */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * API tokens: your own, or a user’s (`userId`, for account administrators)
         * @description Access: policy `tokens.manage`.
         */
        get: {
            parameters: {
                query?: {
                    userId?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                createdAt: string;
                                expiresAt: string | null;
                                id: number;
                                lastUsedAt: string | null;
                                name: string;
                                /** @description The first characters after `shk_`, to recognise the token */
                                prefix: string;
                                revokedAt: string | null;
                                userId: number;
                                username: string;
                            }[];
                        };
                    };
                };
                /** @description Not signed in, or the session or token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The policy does not allow this action on this record */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Create an API token for yourself; the secret is shown this once
         * @description Use it as `Authorization: Bearer shk_…`.
         *
         *     Access: policy `tokens.manage`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date-time */
                        expiresAt?: string;
                        name: string;
                    };
                };
            };
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            secret: string;
                            token: {
                                createdAt: string;
                                expiresAt: string | null;
                                id: number;
                                lastUsedAt: string | null;
                                name: string;
                                /** @description The first characters after `shk_`, to recognise the token */
                                prefix: string;
                                revokedAt: string | null;
                                userId: number;
                                username: string;
                            };
                        };
                    };
                };
                /** @description Not signed in, or the session or token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The policy does not allow this action on this record */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tokens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Revoke an API token (yours, or anyone’s for account administrators)
         * @description Access: policy `tokens.manage`.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in, or the session or token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The policy does not allow this action on this record */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/training/by-donor": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Sessions, participants and person-times by donor, under the same filters
         * @description Access: policy `training.read`.
         */
        get: {
            parameters: {
                query?: {
                    /** @description An area and its whole subtree */
                    area?: string;
                    /** @description An organiser and its sub-organisations */
                    donor?: string;
                    /** @description Starting on or after */
                    from?: string;
                    programme?: string;
                    /** @description Starting on or before */
                    to?: string;
                    trainingProgramme?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            rows: {
                                /** @description The donor province or city (top of the organiser tree) */
                                donor: {
                                    code: string;
                                    name: string;
                                    nameEn: string;
                                };
                                jobsFound: number;
                                participants: number;
                                personTimes: number;
                                sessions: number;
                            }[];
                        };
                    };
                };
                /** @description Not signed in, or the session or token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The policy does not allow this action on this record */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/training/programmes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Training programmes, with the sessions the caller may see counted
         * @description Access: policy `training.read`.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                can: {
                                    update: boolean;
                                };
                                code: string;
                                name: string;
                                nameEn: string;
                                programme: string;
                                /** @description Its sessions the caller may see, counted */
                                totals: {
                                    participants: number;
                                    personTimes: number;
                                    sessions: number;
                                };
                                version: number;
                            }[];
                        };
                    };
                };
                /** @description Not signed in, or the session or token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The policy does not allow this action on this record */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Add a training programme (the programme office)
         * @description Access: policy `trainingProgrammes.write`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @example tianshan */
                        code: string;
                        name: string;
                        nameEn: string;
                        /**
                         * @default xinjiang
                         * @example xinjiang
                         */
                        programme?: string;
                    };
                };
            };
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            can: {
                                update: boolean;
                            };
                            code: string;
                            name: string;
                            nameEn: string;
                            programme: string;
                            /** @description Its sessions the caller may see, counted */
                            totals: {
                                participants: number;
                                personTimes: number;
                                sessions: number;
                            };
                            version: number;
                        };
                    };
                };
                /** @description Not signed in, or the session or token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The policy does not allow this action on this record */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/training/programmes/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One training programme
         * @description Access: policy `training.read`.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            can: {
                                update: boolean;
                            };
                            code: string;
                            name: string;
                            nameEn: string;
                            programme: string;
                            /** @description Its sessions the caller may see, counted */
                            totals: {
                                participants: number;
                                personTimes: number;
                                sessions: number;
                            };
                            version: number;
                        };
                    };
                };
                /** @description Not signed in, or the session or token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The policy does not allow this action on this record */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Rename a training programme
         * @description Access: policy `trainingProgrammes.write`.
         */
        patch: {
            parameters: {
                query?: never;
                header?: {
                    "if-match"?: string;
                };
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        nameEn?: string;
                    };
                };
            };
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            can: {
                                update: boolean;
                            };
                            code: string;
                            name: string;
                            nameEn: string;
                            programme: string;
                            /** @description Its sessions the caller may see, counted */
                            totals: {
                                participants: number;
                                personTimes: number;
                                sessions: number;
                            };
                            version: number;
                        };
                    };
                };
                /** @description Not signed in, or the session or token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The policy does not allow this action on this record */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/training/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Training sessions the caller may see, newest first, paged
         * @description Filters: programme, trainingProgramme, donor (its subtree), area (its subtree), from/to (start date, inclusive).
         *
         *     Access: policy `training.read`.
         */
        get: {
            parameters: {
                query?: {
                    /** @description An area and its whole subtree */
                    area?: string;
                    /** @description An organiser and its sub-organisations */
                    donor?: string;
                    /** @description Starting on or after */
                    from?: string;
                    limit?: number;
                    offset?: number;
                    programme?: string;
                    /** @description Starting on or before */
                    to?: string;
                    trainingProgramme?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                area: {
                                    code: string;
                                    name: string;
                                    /** @description The English name (和田地区 → Hotan Prefecture) */
                                    nameEn: string;
                                };
                                /** @description What the caller may do with this record now, by the same policies */
                                can: {
                                    readHistory: boolean;
                                    update: boolean;
                                };
                                certificates: number;
                                createdAt: string;
                                endDate: string;
                                id: number;
                                jobsFound: number;
                                note: string | null;
                                organiser: {
                                    code: string;
                                    name: string;
                                    nameEn: string;
                                };
                                participants: number;
                                personTimes: number;
                                /** @enum {string} */
                                place: "xinjiang" | "donor";
                                programme: string;
                                project: string | null;
                                published: boolean;
                                publishedAt: string | null;
                                startDate: string;
                                topic: string;
                                trainingProgramme: {
                                    code: string;
                                    name: string;
                                    nameEn: string;
                                } | null;
                                updatedAt: string;
                                version: number;
                            }[];
                            total: number;
                        };
                    };
                };
                /** @description Not signed in, or the session or token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The policy does not allow this action on this record */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Record a training session
         * @description Access: policy `training.write`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description GB/T 2260 code; unpadded forms are accepted
                         * @example 653201
                         */
                        area: string;
                        /** @default 0 */
                        certificates?: number;
                        /**
                         * Format: date
                         * @description From 1949-01-01 to 2100-12-31
                         * @example 2024-12-31
                         */
                        endDate: string;
                        /**
                         * @description Participants who found a job afterwards
                         * @default 0
                         */
                        jobsFound?: number;
                        note?: string | null;
                        /**
                         * @description The organising donor organisation
                         * @example 110000
                         */
                        organiser: string;
                        /** @description Participants known by name (at most `participants` of them) */
                        participantList?: {
                            name: string;
                            organisation?: string | null;
                            /** @description The people module's person, when the participant is one */
                            personId?: number | null;
                        }[];
                        /** @description Distinct people trained in this session */
                        participants: number;
                        /** @description Person-times (人次), at least the participants */
                        personTimes: number;
                        /**
                         * @description In Xinjiang, or in the donor province
                         * @enum {string}
                         */
                        place: "xinjiang" | "donor";
                        /**
                         * @default xinjiang
                         * @example xinjiang
                         */
                        programme?: string;
                        /** @description The funding project, if any */
                        project?: string | null;
                        published?: boolean;
                        /**
                         * Format: date
                         * @description From 1949-01-01 to 2100-12-31
                         * @example 2024-12-31
                         */
                        startDate: string;
                        topic: string;
                        trainingProgramme?: string | null;
                    };
                };
            };
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            area: {
                                code: string;
                                name: string;
                                /** @description The English name (和田地区 → Hotan Prefecture) */
                                nameEn: string;
                            };
                            /** @description What the caller may do with this record now, by the same policies */
                            can: {
                                readHistory: boolean;
                                update: boolean;
                            };
                            certificates: number;
                            createdAt: string;
                            endDate: string;
                            id: number;
                            jobsFound: number;
                            note: string | null;
                            organiser: {
                                code: string;
                                name: string;
                                nameEn: string;
                            };
                            participantList: {
                                name: string;
                                organisation: string | null;
                                personId: number | null;
                            }[];
                            participants: number;
                            personTimes: number;
                            /** @enum {string} */
                            place: "xinjiang" | "donor";
                            programme: string;
                            project: string | null;
                            published: boolean;
                            publishedAt: string | null;
                            startDate: string;
                            topic: string;
                            trainingProgramme: {
                                code: string;
                                name: string;
                                nameEn: string;
                            } | null;
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
                /** @description Not signed in, or the session or token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The policy does not allow this action on this record */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/training/sessions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One training session with its named participants
         * @description Access: policy `training.read`.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            area: {
                                code: string;
                                name: string;
                                /** @description The English name (和田地区 → Hotan Prefecture) */
                                nameEn: string;
                            };
                            /** @description What the caller may do with this record now, by the same policies */
                            can: {
                                readHistory: boolean;
                                update: boolean;
                            };
                            certificates: number;
                            createdAt: string;
                            endDate: string;
                            id: number;
                            jobsFound: number;
                            note: string | null;
                            organiser: {
                                code: string;
                                name: string;
                                nameEn: string;
                            };
                            participantList: {
                                name: string;
                                organisation: string | null;
                                personId: number | null;
                            }[];
                            participants: number;
                            personTimes: number;
                            /** @enum {string} */
                            place: "xinjiang" | "donor";
                            programme: string;
                            project: string | null;
                            published: boolean;
                            publishedAt: string | null;
                            startDate: string;
                            topic: string;
                            trainingProgramme: {
                                code: string;
                                name: string;
                                nameEn: string;
                            } | null;
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
                /** @description Not signed in, or the session or token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The policy does not allow this action on this record */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change, publish or withdraw a training session
         * @description Access: policy `training.write`.
         */
        patch: {
            parameters: {
                query?: never;
                header?: {
                    "if-match"?: string;
                };
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description GB/T 2260 code; unpadded forms are accepted
                         * @example 653201
                         */
                        area?: string;
                        certificates?: number;
                        /**
                         * Format: date
                         * @description From 1949-01-01 to 2100-12-31
                         * @example 2024-12-31
                         */
                        endDate?: string;
                        jobsFound?: number;
                        note?: string | null;
                        /** @description Participants known by name (at most `participants` of them) */
                        participantList?: {
                            name: string;
                            organisation?: string | null;
                            /** @description The people module's person, when the participant is one */
                            personId?: number | null;
                        }[];
                        participants?: number;
                        personTimes?: number;
                        /**
                         * @description In Xinjiang, or in the donor province
                         * @enum {string}
                         */
                        place?: "xinjiang" | "donor";
                        /** @description The funding project, if any */
                        project?: string | null;
                        published?: boolean;
                        /**
                         * Format: date
                         * @description From 1949-01-01 to 2100-12-31
                         * @example 2024-12-31
                         */
                        startDate?: string;
                        topic?: string;
                        trainingProgramme?: string | null;
                    };
                };
            };
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            area: {
                                code: string;
                                name: string;
                                /** @description The English name (和田地区 → Hotan Prefecture) */
                                nameEn: string;
                            };
                            /** @description What the caller may do with this record now, by the same policies */
                            can: {
                                readHistory: boolean;
                                update: boolean;
                            };
                            certificates: number;
                            createdAt: string;
                            endDate: string;
                            id: number;
                            jobsFound: number;
                            note: string | null;
                            organiser: {
                                code: string;
                                name: string;
                                nameEn: string;
                            };
                            participantList: {
                                name: string;
                                organisation: string | null;
                                personId: number | null;
                            }[];
                            participants: number;
                            personTimes: number;
                            /** @enum {string} */
                            place: "xinjiang" | "donor";
                            programme: string;
                            project: string | null;
                            published: boolean;
                            publishedAt: string | null;
                            startDate: string;
                            topic: string;
                            trainingProgramme: {
                                code: string;
                                name: string;
                                nameEn: string;
                            } | null;
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
                /** @description Not signed in, or the session or token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The policy does not allow this action on this record */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/training/sessions/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The change history of a training session
         * @description Access: policy `training.readHistory`.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                action: string;
                                actor: string;
                                /** @description The person's display name; null for the system */
                                actorName: string | null;
                                after: unknown;
                                at: string;
                                before: unknown;
                                changes: ({
                                    after: string | null;
                                    before: string | null;
                                    field: string;
                                    /** @enum {string} */
                                    kind: "text";
                                } | {
                                    after: number | null;
                                    before: number | null;
                                    field: string;
                                    /** @enum {string} */
                                    kind: "money";
                                } | {
                                    after: string | null;
                                    before: string | null;
                                    field: string;
                                    /** @enum {string} */
                                    kind: "date";
                                } | {
                                    after: string | null;
                                    before: string | null;
                                    field: string;
                                    /** @enum {string} */
                                    kind: "published";
                                } | {
                                    after: boolean | null;
                                    before: boolean | null;
                                    field: string;
                                    /** @enum {string} */
                                    kind: "flag";
                                } | {
                                    after: number | null;
                                    before: number | null;
                                    field: string;
                                    /** @enum {string} */
                                    kind: "number";
                                } | {
                                    after: {
                                        en: string | null;
                                        zh: string;
                                    } | null;
                                    before: {
                                        en: string | null;
                                        zh: string;
                                    } | null;
                                    field: string;
                                    /** @enum {string} */
                                    kind: "name";
                                } | {
                                    after: {
                                        en: string | null;
                                        zh: string;
                                    }[] | null;
                                    before: {
                                        en: string | null;
                                        zh: string;
                                    }[] | null;
                                    field: string;
                                    /** @enum {string} */
                                    kind: "names";
                                } | {
                                    after: string | null;
                                    before: string | null;
                                    field: string;
                                    /** @enum {string} */
                                    kind: "enum";
                                } | {
                                    after: number | null;
                                    before: number | null;
                                    field: string;
                                    /** @enum {string} */
                                    kind: "items";
                                } | {
                                    after: null;
                                    before: null;
                                    field: string;
                                    /** @enum {string} */
                                    kind: "reference";
                                })[];
                                entityId: string;
                                entityType: string;
                                id: number;
                            }[];
                        };
                    };
                };
                /** @description Not signed in, or the session or token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The policy does not allow this action on this record */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every user with their roles
         * @description Access: policy `users.read`.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                createdAt: string;
                                disabled: boolean;
                                disabledAt: string | null;
                                displayName: string;
                                id: number;
                                /** @enum {string} */
                                origin: "cli" | "api" | "demo";
                                passwordChangedAt: string;
                                roles: {
                                    area: {
                                        code: string;
                                        name: string;
                                    } | null;
                                    org: {
                                        code: string;
                                        name: string;
                                    } | null;
                                    /** @enum {string} */
                                    role: "coordinator" | "donor-editor" | "recipient-editor" | "auditor" | "viewer";
                                }[];
                                updatedAt: string;
                                username: string;
                                version: number;
                            }[];
                        };
                    };
                };
                /** @description Not signed in, or the session or token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The policy does not allow this action on this record */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Create a user with a password and role grants
         * @description Access: policy `users.manage`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        displayName?: string;
                        grants: {
                            /** @description Limits the role to this area subtree */
                            areaCode?: string | null;
                            /** @description Limits the role to this organisation */
                            orgCode?: string | null;
                            /** @enum {string} */
                            role: "coordinator" | "donor-editor" | "recipient-editor" | "auditor" | "viewer";
                        }[];
                        /** @description 10–256 characters, not one character repeated */
                        password: string;
                        /** @description 3–64 characters of a–z, 0–9, ".", "_", "-"; stored in lower case */
                        username: string;
                    };
                };
            };
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdAt: string;
                            disabled: boolean;
                            disabledAt: string | null;
                            displayName: string;
                            id: number;
                            /** @enum {string} */
                            origin: "cli" | "api" | "demo";
                            passwordChangedAt: string;
                            roles: {
                                area: {
                                    code: string;
                                    name: string;
                                } | null;
                                org: {
                                    code: string;
                                    name: string;
                                } | null;
                                /** @enum {string} */
                                role: "coordinator" | "donor-editor" | "recipient-editor" | "auditor" | "viewer";
                            }[];
                            updatedAt: string;
                            username: string;
                            version: number;
                        };
                    };
                };
                /** @description Not signed in, or the session or token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The policy does not allow this action on this record */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{username}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One user (coordinators and auditors: anyone; others: themselves)
         * @description Access: any signed-in user.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    username: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdAt: string;
                            disabled: boolean;
                            disabledAt: string | null;
                            displayName: string;
                            id: number;
                            /** @enum {string} */
                            origin: "cli" | "api" | "demo";
                            passwordChangedAt: string;
                            roles: {
                                area: {
                                    code: string;
                                    name: string;
                                } | null;
                                org: {
                                    code: string;
                                    name: string;
                                } | null;
                                /** @enum {string} */
                                role: "coordinator" | "donor-editor" | "recipient-editor" | "auditor" | "viewer";
                            }[];
                            updatedAt: string;
                            username: string;
                            version: number;
                        };
                    };
                };
                /** @description Not signed in, or the session or token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The policy does not allow this action on this record */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change display name, disabled state or grants (optimistic: If-Match or version)
         * @description Send the version you edited as `If-Match: "<version>"` or `version` in the body; a stale version is refused with 409. Disabling ends the user’s sessions.
         *
         *     Access: policy `users.manage`.
         */
        patch: {
            parameters: {
                query?: never;
                header?: {
                    "if-match"?: string;
                };
                path: {
                    username: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        disabled?: boolean;
                        displayName?: string;
                        /** @description Replaces all grants */
                        grants?: {
                            /** @description Limits the role to this area subtree */
                            areaCode?: string | null;
                            /** @description Limits the role to this organisation */
                            orgCode?: string | null;
                            /** @enum {string} */
                            role: "coordinator" | "donor-editor" | "recipient-editor" | "auditor" | "viewer";
                        }[];
                        /** @description The version edited; alternatively send `If-Match: "<version>"` */
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdAt: string;
                            disabled: boolean;
                            disabledAt: string | null;
                            displayName: string;
                            id: number;
                            /** @enum {string} */
                            origin: "cli" | "api" | "demo";
                            passwordChangedAt: string;
                            roles: {
                                area: {
                                    code: string;
                                    name: string;
                                } | null;
                                org: {
                                    code: string;
                                    name: string;
                                } | null;
                                /** @enum {string} */
                                role: "coordinator" | "donor-editor" | "recipient-editor" | "auditor" | "viewer";
                            }[];
                            updatedAt: string;
                            username: string;
                            version: number;
                        };
                    };
                };
                /** @description Not signed in, or the session or token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The policy does not allow this action on this record */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/users/{username}/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set a password; ends all of the user’s sessions and revokes their API tokens
         * @description Your own password needs `currentPassword`; an account administrator may set anyone’s.
         *
         *     Access: policy `users.set-password`.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    username: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Required when changing one’s own password */
                        currentPassword?: string;
                        /** @description 10–256 characters, not one character repeated */
                        password: string;
                    };
                };
            };
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in, or the session or token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The policy does not allow this action on this record */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/warnings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The early-warning work queue
         * @description Warnings on the projects the caller may see (as the registry), newest first. Kinds: `not-started`, `no-disbursement`, `stage-overdue`, `acceptance-pending`.
         *
         *     Access: any signed-in user.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Projects located in this area or below it; postings and companies there */
                    area?: string;
                    /** @description Projects with a donor in this organisation’s subtree; postings and cases of it */
                    donor?: string;
                    kind?: "not-started" | "no-disbursement" | "stage-overdue" | "acceptance-pending" | "term-ending" | "case-late" | "report-late";
                    limit?: number;
                    offset?: number;
                    /** @description Owner’s user id */
                    owner?: number;
                    /** @description One project’s code */
                    project?: string;
                    status?: "open" | "acknowledged" | "resolved" | "dismissed";
                    /** @description Only warnings about these */
                    subject?: "project" | "posting" | "company_case" | "report";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @description The posting’s, company’s or reporter’s area; null for projects */
                                area: {
                                    code: string;
                                    name: string;
                                } | null;
                                /** @description What the caller may do with this warning, by the same policies */
                                can: {
                                    /** @description Give it to someone else (the programme office) */
                                    assign: boolean;
                                    /** @description Take it, change its status, resolve or dismiss it */
                                    work: boolean;
                                };
                                /** @description The company and its case (`case-late`); null otherwise */
                                company: {
                                    caseId: number;
                                    /** @enum {string} */
                                    category: "land" | "permits" | "financing" | "labour" | "logistics" | "utilities" | "policy" | "other";
                                    id: number;
                                    name: string;
                                } | null;
                                /** @description One occurrence of a condition: `kind:project:stage:date`, `term-ending:posting:id:plannedEnd`, `case-late:company_case:id:openedOn`, `report-late:report:set:period:area:donor` */
                                dedupeKey: string;
                                detail: {
                                    /** @description The report’s due date (`report-late`) */
                                    dueDate?: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                    /** @description The period reported on (`report-late`) */
                                    period?: string;
                                    /** @description The indicator set (`report-late`) */
                                    set?: string;
                                    /** @description The date the condition is measured from (a term: its planned end; a case: its opening day) */
                                    since: string;
                                    /** @description The stage concerned (project warnings) */
                                    stage?: string;
                                };
                                detectedAt: string;
                                /** @description The posting’s, company’s or reporter’s donor; null for projects and areas */
                                donor: {
                                    code: string;
                                    name: string;
                                    nameEn: string;
                                } | null;
                                id: number;
                                /** @enum {string} */
                                kind: "not-started" | "no-disbursement" | "stage-overdue" | "acceptance-pending" | "term-ending" | "case-late" | "report-late";
                                owner: {
                                    displayName: string;
                                    id: number;
                                    username: string;
                                } | null;
                                /** @description The person whose term ends (`term-ending`); null otherwise */
                                person: {
                                    id: number;
                                    /** @description The name in Chinese */
                                    name: string;
                                    postingId: number;
                                    /** @description The posting’s role (as entered) */
                                    role: string;
                                } | null;
                                /** @description The project of a project’s warning; null for other subjects */
                                project: {
                                    code: string;
                                    name: string;
                                    /** @description The English name, if given */
                                    nameEn: string | null;
                                } | null;
                                resolutionNote: string | null;
                                resolvedAt: string | null;
                                /** @enum {string} */
                                status: "open" | "acknowledged" | "resolved" | "dismissed";
                                /** @description What the warning is about: a project, a posting, a company’s case, a report (id 0: the detail names its set and period, `area` and `donor` its reporter) */
                                subject: {
                                    id: number;
                                    /** @enum {string} */
                                    kind: "project" | "posting" | "company_case" | "report";
                                };
                                updatedAt: string;
                                version: number;
                            }[];
                            total: number;
                        };
                    };
                };
                /** @description Not signed in, or the session or token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The policy does not allow this action on this record */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/warnings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Work a warning: status, owner, resolution note
         * @description Resolving or dismissing needs `resolutionNote`. The programme office, a donor editor who may write the project, or a recipient editor of one of its areas. A warning on a project the caller may not see is 404; a stale `If-Match` is 409.
         *
         *     Access: policy `warnings.write`.
         */
        patch: {
            parameters: {
                query?: never;
                header?: {
                    "if-match"?: string;
                };
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        ownerUserId?: number | null;
                        /** @description Required to resolve or dismiss */
                        resolutionNote?: string | null;
                        /** @enum {string} */
                        status?: "open" | "acknowledged" | "resolved" | "dismissed";
                    };
                };
            };
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The posting’s, company’s or reporter’s area; null for projects */
                            area: {
                                code: string;
                                name: string;
                            } | null;
                            /** @description What the caller may do with this warning, by the same policies */
                            can: {
                                /** @description Give it to someone else (the programme office) */
                                assign: boolean;
                                /** @description Take it, change its status, resolve or dismiss it */
                                work: boolean;
                            };
                            /** @description The company and its case (`case-late`); null otherwise */
                            company: {
                                caseId: number;
                                /** @enum {string} */
                                category: "land" | "permits" | "financing" | "labour" | "logistics" | "utilities" | "policy" | "other";
                                id: number;
                                name: string;
                            } | null;
                            /** @description One occurrence of a condition: `kind:project:stage:date`, `term-ending:posting:id:plannedEnd`, `case-late:company_case:id:openedOn`, `report-late:report:set:period:area:donor` */
                            dedupeKey: string;
                            detail: {
                                /** @description The report’s due date (`report-late`) */
                                dueDate?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                /** @description The period reported on (`report-late`) */
                                period?: string;
                                /** @description The indicator set (`report-late`) */
                                set?: string;
                                /** @description The date the condition is measured from (a term: its planned end; a case: its opening day) */
                                since: string;
                                /** @description The stage concerned (project warnings) */
                                stage?: string;
                            };
                            detectedAt: string;
                            /** @description The posting’s, company’s or reporter’s donor; null for projects and areas */
                            donor: {
                                code: string;
                                name: string;
                                nameEn: string;
                            } | null;
                            id: number;
                            /** @enum {string} */
                            kind: "not-started" | "no-disbursement" | "stage-overdue" | "acceptance-pending" | "term-ending" | "case-late" | "report-late";
                            owner: {
                                displayName: string;
                                id: number;
                                username: string;
                            } | null;
                            /** @description The person whose term ends (`term-ending`); null otherwise */
                            person: {
                                id: number;
                                /** @description The name in Chinese */
                                name: string;
                                postingId: number;
                                /** @description The posting’s role (as entered) */
                                role: string;
                            } | null;
                            /** @description The project of a project’s warning; null for other subjects */
                            project: {
                                code: string;
                                name: string;
                                /** @description The English name, if given */
                                nameEn: string | null;
                            } | null;
                            resolutionNote: string | null;
                            resolvedAt: string | null;
                            /** @enum {string} */
                            status: "open" | "acknowledged" | "resolved" | "dismissed";
                            /** @description What the warning is about: a project, a posting, a company’s case, a report (id 0: the detail names its set and period, `area` and `donor` its reporter) */
                            subject: {
                                id: number;
                                /** @enum {string} */
                                kind: "project" | "posting" | "company_case" | "report";
                            };
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
                /** @description Not signed in, or the session or token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The policy does not allow this action on this record */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/warnings/bulk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Work many warnings at once (all or nothing)
         * @description Take, acknowledge, resolve or dismiss 1–200 warnings, each with the version the caller saw, exactly as `PATCH /warnings/{id}` would one by one, in one transaction. If any item is refused (404, 403, stale version 409, 422) nothing changes; the answer is that item’s problem with a field error `items.<index>` (`warning.bulkItemRefused`).
         *
         *     Access: policy `warnings.write`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description `take`: the caller becomes the owner; `acknowledge`, `resolve`, `dismiss`: the status (resolving and dismissing need `resolutionNote`), each exactly as `PATCH /warnings/{id}`
                         * @enum {string}
                         */
                        action: "take" | "acknowledge" | "resolve" | "dismiss";
                        /** @description The warnings and the versions the caller saw; 1–200 (more is a 422, `warning.bulkTooMany`) */
                        items: {
                            id: number;
                            version: number;
                        }[];
                        resolutionNote?: string;
                    };
                };
            };
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @description The posting’s, company’s or reporter’s area; null for projects */
                                area: {
                                    code: string;
                                    name: string;
                                } | null;
                                /** @description What the caller may do with this warning, by the same policies */
                                can: {
                                    /** @description Give it to someone else (the programme office) */
                                    assign: boolean;
                                    /** @description Take it, change its status, resolve or dismiss it */
                                    work: boolean;
                                };
                                /** @description The company and its case (`case-late`); null otherwise */
                                company: {
                                    caseId: number;
                                    /** @enum {string} */
                                    category: "land" | "permits" | "financing" | "labour" | "logistics" | "utilities" | "policy" | "other";
                                    id: number;
                                    name: string;
                                } | null;
                                /** @description One occurrence of a condition: `kind:project:stage:date`, `term-ending:posting:id:plannedEnd`, `case-late:company_case:id:openedOn`, `report-late:report:set:period:area:donor` */
                                dedupeKey: string;
                                detail: {
                                    /** @description The report’s due date (`report-late`) */
                                    dueDate?: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                    /** @description The period reported on (`report-late`) */
                                    period?: string;
                                    /** @description The indicator set (`report-late`) */
                                    set?: string;
                                    /** @description The date the condition is measured from (a term: its planned end; a case: its opening day) */
                                    since: string;
                                    /** @description The stage concerned (project warnings) */
                                    stage?: string;
                                };
                                detectedAt: string;
                                /** @description The posting’s, company’s or reporter’s donor; null for projects and areas */
                                donor: {
                                    code: string;
                                    name: string;
                                    nameEn: string;
                                } | null;
                                id: number;
                                /** @enum {string} */
                                kind: "not-started" | "no-disbursement" | "stage-overdue" | "acceptance-pending" | "term-ending" | "case-late" | "report-late";
                                owner: {
                                    displayName: string;
                                    id: number;
                                    username: string;
                                } | null;
                                /** @description The person whose term ends (`term-ending`); null otherwise */
                                person: {
                                    id: number;
                                    /** @description The name in Chinese */
                                    name: string;
                                    postingId: number;
                                    /** @description The posting’s role (as entered) */
                                    role: string;
                                } | null;
                                /** @description The project of a project’s warning; null for other subjects */
                                project: {
                                    code: string;
                                    name: string;
                                    /** @description The English name, if given */
                                    nameEn: string | null;
                                } | null;
                                resolutionNote: string | null;
                                resolvedAt: string | null;
                                /** @enum {string} */
                                status: "open" | "acknowledged" | "resolved" | "dismissed";
                                /** @description What the warning is about: a project, a posting, a company’s case, a report (id 0: the detail names its set and period, `area` and `donor` its reporter) */
                                subject: {
                                    id: number;
                                    /** @enum {string} */
                                    kind: "project" | "posting" | "company_case" | "report";
                                };
                                updatedAt: string;
                                version: number;
                            }[];
                        };
                    };
                };
                /** @description Not signed in, or the session or token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The policy does not allow this action on this record */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/warnings/compute": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Compute the warnings now
         * @description New conditions become open warnings; open ones that no longer hold are resolved automatically; a resolved or dismissed warning is not reopened for the same occurrence.
         *
         *     Access: policy `warnings.compute`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: date
                         * @description Default: today (UTC)
                         * @example 2024-12-31
                         */
                        today?: string;
                    };
                };
            };
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            autoResolved: number;
                            /** @description Conditions that hold today */
                            candidates: number;
                            created: number;
                            /** @description Conditions that hold but whose warning was resolved or dismissed (not reopened) */
                            stillClosed: number;
                            today: string;
                        };
                    };
                };
                /** @description Not signed in, or the session or token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The policy does not allow this action on this record */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/warnings/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The warnings’ settings
         * @description Access: policy `warnings.settings`.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Months without an actual disbursement before `no-disbursement` is raised */
                            noDisbursementMonths: number;
                            /** @description A running term whose planned end is within this many days is `term-ending` */
                            termEndingDays: number;
                        };
                    };
                };
                /** @description Not signed in, or the session or token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The policy does not allow this action on this record */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        /**
         * Change the warnings’ settings
         * @description Access: policy `warnings.settings`.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Months without an actual disbursement before `no-disbursement` is raised */
                        noDisbursementMonths: number;
                        /** @description A running term whose planned end is within this many days is `term-ending` */
                        termEndingDays?: number;
                    };
                };
            };
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Months without an actual disbursement before `no-disbursement` is raised */
                            noDisbursementMonths: number;
                            /** @description A running term whose planned end is within this many days is `term-ending` */
                            termEndingDays: number;
                        };
                    };
                };
                /** @description Not signed in, or the session or token is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The policy does not allow this action on this record */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Health: the database answers and is fully migrated */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request was refused; `errors` names the fields at fault */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "ok";
                        };
                    };
                };
                /** @description A fault of the server; the request id is logged */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @enum {string} */
                            status: "unavailable";
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description RFC 9457 problem details; see docs/api-errors.md for the types */
        Problem: {
            /**
             * @description Stable problem code, e.g. project.exists (docs/api-errors.md)
             * @example project.exists
             */
            code: string;
            /** @description In the language of Accept-Language (zh or en) */
            detail: string;
            errors?: {
                code: string;
                field: string;
                /** @description In the language of Accept-Language */
                message: string;
                params: components["schemas"]["ProblemParams"];
            }[];
            instance: string;
            params: components["schemas"]["ProblemParams"];
            requestId: string;
            status: number;
            /** @description In the language of Accept-Language (zh or en) */
            title: string;
            /** @example /problems/invalid-input */
            type: string;
        };
        ProblemParams: {
            [key: string]: string | number;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
