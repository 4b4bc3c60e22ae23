"""7_20261203092350_remote_moderators: SQL for both dialects (python -m server.makemigration)."""

from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True

_UPGRADE = {
    "sqlite": """
        CREATE TABLE IF NOT EXISTS "forwarded_reports" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "item_key" VARCHAR(30) NOT NULL,
    "ap_id" VARCHAR(500) NOT NULL UNIQUE,
    "rule_title" VARCHAR(200) NOT NULL,
    "note" TEXT NOT NULL,
    "state" VARCHAR(10) NOT NULL /* OPEN: open\nWITHDRAWN: withdrawn\nDISMISSED: dismissed\nUPHELD: upheld */,
    "created_at" TIMESTAMP NOT NULL,
    "decided_at" TIMESTAMP,
    "group_id" INT NOT NULL REFERENCES "groups" ("id") ON DELETE CASCADE,
    "moderator_id" INT NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE,
    "post_id" INT NOT NULL REFERENCES "posts" ("id") ON DELETE CASCADE,
    "reply_id" INT REFERENCES "replies" ("id") ON DELETE CASCADE
) /* A report about an item in a group of another instance, forwarded by that group to one */;
CREATE INDEX IF NOT EXISTS "idx_forwarded_r_moderat_dbe7e9" ON "forwarded_reports" ("moderator_id", "state");""",
    "postgres": """
        CREATE TABLE IF NOT EXISTS "forwarded_reports" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "item_key" VARCHAR(30) NOT NULL,
    "ap_id" VARCHAR(500) NOT NULL UNIQUE,
    "rule_title" VARCHAR(200) NOT NULL,
    "note" TEXT NOT NULL,
    "state" VARCHAR(10) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "decided_at" TIMESTAMPTZ,
    "group_id" INT NOT NULL REFERENCES "groups" ("id") ON DELETE CASCADE,
    "moderator_id" INT NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE,
    "post_id" INT NOT NULL REFERENCES "posts" ("id") ON DELETE CASCADE,
    "reply_id" INT REFERENCES "replies" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_forwarded_r_moderat_dbe7e9" ON "forwarded_reports" ("moderator_id", "state");
COMMENT ON COLUMN "forwarded_reports"."state" IS 'OPEN: open\nWITHDRAWN: withdrawn\nDISMISSED: dismissed\nUPHELD: upheld';
COMMENT ON TABLE "forwarded_reports" IS 'A report about an item in a group of another instance, forwarded by that group to one';""",
}

_DOWNGRADE = {
    "sqlite": """
        DROP TABLE IF EXISTS "forwarded_reports";""",
    "postgres": """
        DROP TABLE IF EXISTS "forwarded_reports";""",
}


async def upgrade(db: BaseDBAsyncClient) -> str:
    return _UPGRADE[db.capabilities.dialect]


async def downgrade(db: BaseDBAsyncClient) -> str:
    return _DOWNGRADE[db.capabilities.dialect]


MODELS_STATE = (
    "eJztXWtz4ji6/isqvkx3FZPqJp3uWfrUqSUJSbOTQJaQmZ2zbLkNFqCNkVhfwmR3578fSb"
    "bBF9lYgME4+jLTsfTK5tHtvb//qc2JAU37rDV20AtyXmtN8J8a1ueQ/iPRVgc1fbFYt7AH"
    "jj4yeWfd64Ugf6yPbMeij2jLRDdtSB8Z0B5baOEggln/FgY+yStwZsgGCNuOjscQ2BA7gF"
    "jAgmOIXqBRB7ZDLGgAwlrf0TfTpxZ9EVgQRLvqDkDO+zP2WoOM6XsRnhb2Bhejf7lQc8gU"
    "OjNo0ff8/R/0McIG/J3+dP/PxbM2QdA0InAigw3An2vO64I/u0TTDnZueF/2/SNtTEx3jt"
    "f9F6/OjOAVAf0c9nQKMbR0B7I3OJbL8MWuafqTEUDufey6i/eVIRoDTnTXZLPEqL0PWD+r"
    "aVq3N9Ae2wNNqyVmMKAIQe4/GhPMZp9+qs0BmLJP+PFPjcb5+ZfGh/PPP118+vLl4qcPP9"
    "G+/HuTTV/+8D5mjZY3FMesc9vpDtgHEbrEvNXHHvzBaXRH96j4ZKzR1xeaaAKuZrolhn9F"
    "EJsB+tPiMxDgXd4pmOu/aybEU2dG/7z48CED3l9a/atvrf472ut9FOSu39Tw2hjea3w5PB"
    "LwBv33g27wYA3v+tg5OL7neeA9T0f3PAEuPceIpckv4ShZBaEuZCkv9FeT6AKk//LY64qR"
    "DpHEUDbQ2AH/BSayEwf3CaCdAS4Dg408t+1/mWFM3923/haH++qud8nBIbYztfgofIDLGP"
    "QmGeum4JokxIQ6FmO/ookhP6JE1YL8ste7i0B+2Yndg92n+8t2/91Hjj/thJzI9bgGemxB"
    "BommO0m0r2mLg+ZQDHeUMr7afdKz4B8nOAE1+gONHjZf/Us6Y0IGnfv246B1/xCZlevWoM"
    "1aGvzpa+zpu8+xzbEaBPzaGXwD7E/wf71uO75fVv0G/1dj36S7DtEwWWq6EeIngqcBan8w"
    "fnTyHOKJ2IORPn5e6pahRVrWy2PNAgs2o09783MfmjpHN7kQfNnh2hvn9QSXwR/Bwg+eBs"
    "uB4UcaJA3RZNO8MY8/0bE+5T+JvZu9KZC1FmhAniGuieSwoK2eKYctEJVOaLe8chhYQMsm"
    "WDdB66EDOOlXKgiZr1TmscHjt9aPjYvPgIpPnowkkLO2GWHPctRbEaIaHz99+fTT+edPK9"
    "lp9SRLZNosHvH/S7CWQf/D8ZS12kE4yo+5OMqPGRzlR4FwxPaENtPtmZSIFKGqnBj6+VMO"
    "oD9/SsWZNSmm5m0yNRGZQbcdzbW3mvc47R5m3v/kskz8iUx0gEnmTNOJsoQqkNTrP0SxmQ"
    "c4hW28BzYgIRBEAU6ie0O5NjTFP8NXDnLHV6Onc/1P/jAnBm4ax08fW/pyxYmGFxX97fQX"
    "Q0/Kvmo9XrWu27U/0iWsQmUHx9HHsznk352UHtat2fLDql9uAYIi6zKCOmDsJZggEzLrCp"
    "rT7wQ2ZW+gARAGOphaxF3UqWhA/83OBtZLB3NIj1Y8FQkWexp5iIf4jmmJQOjX+bYdh9CO"
    "I5OMvkYayQRYcE4cyIezwTOEC0+moeIKoGcWPdbsIaZ/IGttWJrqLxC8++5Raq5lfn8PdG"
    "wA+qEAQyoIgwl0xjP61UtEN47rABPNqZCUUyT6T229FGr8J/vLMMq+0GeMEP6+YB9Jp2m1"
    "dvw14S//YNfWeGc6zfyPP5TgdUjB65n+LLFQ0MbuPHHgRjAOaMus2K89XN80wcKYDPHV4y"
    "9NMLZfhvi23WPa3yaYQvJPm9Dt2blv3bab3s4e4t7gW7vfBITvgy1Ei4/5ZLgMES4uWsyh"
    "gXRN1sgVpSrzNJVJWmbHvKw+IkxTQZwbuXBuZODcEGglkGPK2WwDAoVwPoTDX5bAeUDvXD"
    "HOMbIK6NiypND23wbZdsSVEHrX694G3ePGxZgdEY2hf2PmXdwhkgoAfoBj2kb/FgCc5dEU"
    "UBxOFP9QLFd4EJ+mNeJLZDgCDXIq3qv+WwFeMkXWfhjxNZhUcpvOBArDVDTXBArOJJxU1n"
    "xBcJnEM8NpZk2yk9NMyZA9tM8MbUdiDiN1KYdJKnMY720pr9U3MvxDlGorFqJkC/kArnbK"
    "YrfNMXJyhhtPR77NNEcplXmuzLPMtOhy5rkQheKpkhcRfIHYkUM0TKIgTUIatprkhDRMoo"
    "zIItafniNykIYo1CJNAurM3PkI68iUQzVOpqBNQusuWJyGtBtJlKqoU+DU7JoZniT80Ewi"
    "LO1KchuMc2JnbF5fkvDlInYmiZ+0ewD1gZywXmUjpKHLZTOinF/aA6TtYJxqYhpmKzeDGh"
    "yXe8B1f65khzxcc3uSRe+VzcgygWkPqD7yQIxLf7BqLtmQbBnBtU/l3H7nalATs1wK3Vzo"
    "xnnNFIiP4wm5ijoT+EGGI9LSvSCj8W+bnSB7GIaSTRBA6N8Ij8jvTWDTtQMN7gbo5Z3APC"
    "yKLHEdWJDOhu8NCNhvJ5NJ0g9y34MLHA3/HuTv4Ljwwbkm+x9ZHoh0Hzh8G2D4u6PpjgPn"
    "C/b/nbwP2aYMvWPmsyreuw7m1qjycrC2Q+Tl4CtYwCmkG1rWFBV0Q7rIZ2TJsLHETSzrzS"
    "yBcYSokjAXYMyaCaWzdJCD/hXEt3Fxkceb7uIi3ZuOtcUcjoL7Zhtf6RXxAZ27aFcXBvOe"
    "22H6r0/tp/Z1E3jUQ9zpajd3ndtvgya99bWJybxQhvi61203gUF5gSHutwf935r8wn+lLe"
    "0WpTagl47k+K7TPmMgyCSQesWGSZR/QlyHGWe3Erhmm1QF5Mp8XmrDqgl1G2oudkTi6YYA"
    "1yipMqCXep5ZNDK0LCLgh9O9xaNUFfBdPrSzuHJCSr+6qps2gLFO2zgkrcnUYVrmwzRQaA"
    "ktvVn6nRhhlVw+DqDrybAJh1WMO6rYwzmJT2wq8mrYY8uwTJkGPGOnQLm+soKma9a5JTF3"
    "agE/gj8U5H8GBvRotXlIvZ+1mTY+Da6+ggX9WhvYM7JkQfpz9vzadcYzwE/lhFp9r6OzFA"
    "NXbM2aJhuRpQuweaoAi/Z/x/TzTC+/JJZhv68Dm9A23QELSBYmBMsZAQtTx0yV7xAwJnMI"
    "xjoG7PJlOQZ4/mmwRKYJMHHAjKIL8a45A+gWsxxbpQwoq7yfrjJXcbsqbreioljoM7WZMx"
    "eoO3Khv6JVUyA9BZF7QUYyihBWUBauknAEsbHNFIfI1ASXeoL9DFUyXEKIpALHZrwkQ76a"
    "DFlFGRJcAkt+7biGgBW7MYmeqq1dE8VgnjCqSimNrntPl3dt8NBvX3UeO37s82qf8EYuiq"
    "wS1ffbrbtESQA83QLmMJXCOQfOBFPJVTrqOUqlop7zRT3rC30sVISlysZhEhXXI4jrI/Rt"
    "FC9X5M2fHtoXpVKuBqpMyJvkFqGBtpvlCKGyh5V5jseednq7zRyjVTNd5pk+cKnD+EyWqM"
    "REIdybJIesWGMZcFV+hv0zccSa6hhJ106Ik6modxX1fpSo99VC3AOy1Y4njm9ZWaeRiNN+"
    "uAxEzHtKogJgtO7Ead13abBHVqdlvyx2xKhPh6jQbi+0QuKNqU9rAtcj/rye5Xk0oT0kwn"
    "m9ooY/2MCCC2I5nsOOzuJr4RyMLKg/20AHlmvCM+D392n4P1k3cSjvvgYWhvGyVu0ZeqpF"
    "+oOntCEziDfmEnTIIFvlCLSjI1BksvNGdoZoKugOtP/a62wjatIuV1GqCgJdiN8VR22LfM"
    "YJOiUHivIaM5TsMVnIr+QVVQVX8v4jXjERxSmne64F/SvgdnEEb7XTigmn+whLgl/rPbS7"
    "TcAoh5ipj6/7rV/pA5bYxaDyH3163Xm87zw+srBxA9lzZNsscvzp4Vv7jj5yF7Ng2R19by"
    "iL4lZ759RsEAYcI2PLjN9hSmVpKvMsK0tTocYQX4CXU9tHiRQjrJKAHwTTwycBrzqiFlyY"
    "4ujldDk4RKK8BFMkYDlE1xQKUGX/PIr987BZv08VU6m03/yg3AOm/WCc0zoG8mIavk82gx"
    "rYm3aHdX9W+lLCGmXRc6xWV2R8kF+s/jAVXavrmzqCKH0/6D7d3R0rWQadJjYINPrc3FsT"
    "2a5jXeqZZuygs+bZj3Pn0vDNzfqIuGt78zr1BSAT+pQwUzJ96q2lOli9DYxePUu119lLQ5"
    "2wbxfyliGmRCx9BkODLlxi2TxlBkvRbQM6kjeCl5aDkngaJDCxyJy3noGOAxjkfkYOulB4"
    "xmz6xxAz3XsdYPgCLa+Vfz/9451JxroZfqdBePoNG3oZO/yeBoCI/Zz32yTkWI2uLPCl5X"
    "frygJ/XAv8gbWMJVvBxasZT8vD4UAR44X4NyjDsDIMK8OwMgy/YZOhMgy/hVlWFrb9Gy/i"
    "smJOXONkCltlvVTWy1OBNMPYttrYSuG+STccPwM3q9yVJVNZMpUls/xn7P4smcexDnnng8"
    "AmtDo40i1BfO/lNf9gltN8leWcj24zY0zUFBPJfK7b4LttutM/s0J13wUJ1Pcz5maTibJp"
    "HNKmwaZHRhEc9K+csr2QIoYqeXtYi9jIpUZsZOgRG0lzET2TpKxFfn+Fbz58HbJA42016y"
    "viA2rWddpo2bK69W5n0O/dMv267aBnen1NhvjX1qDdb4Il/UJriO9a3WvKPDy0m8Ck77DH"
    "M30xxN3W4KlPH2HdcV3aq3Xb71w93XkPWb8RcZdDfHXXuaejNcGziea67gxxu9vu3/7WBA"
    "yCKYJD3Bt8Y28Lfb60DSuXCSvDgqUKI5TEnKWsI+lrvso16ub0Z8pcZmuKojZZgh87lEG+"
    "CG5MBbAV6llypNrzJdNRHABom6JJz/it8BbRKtjzBWgS0yRLyp3JYp4gVIDnAtxX5LMSTy"
    "aZyqIuplbQ54J+4Y5MNGaOq9oCzmW4/yRlFSA/tASwsNALBWerCUiSqhmQn4EJdMazrWSw"
    "KKVyXSqb61LCyp5uDDp2itSySd9pBrjIzlkX/d0epVVt4SoCtMpNuj0+QQLUSsIjinnbAa"
    "pkvF0VUbPgnLzo5o5gcbNu3xuqqkjN4XxEhbEZ2jWT8/1qoKpCxa7bHUGqmPtO3B2Hniga"
    "C9zZNSk4H6nrRwBVEivX3BmkSoW0yyVOD+9JKl8LnMACJHsYDgj9T87D/mE1XIVglfXJ8k"
    "FI88xaY7TBP0vjk4Ng7jB9TvWDDcgSA2dGBZsZoR/9lQenBy5VtNmGjkPBsMGIuF4s+xy8"
    "Y6HpayXXGecq3wsctwp6ifLkKpcn1xxhLUWySA8XCdOoyAZBZAO3l2gLaI2hVLHRBJ1CVx"
    "TlRNefPuYlWTV6PGuG/iq7fEXkCusUrP2SQfwslwU6QXs4lD+eCMSlCIQ8+UtOQj+bZKE3"
    "BvUE7HHRIT1HnYb9BfTsOfghUC2lcdoh1dMmVjus8MrDantqH8DJoOEljPLDGeqA3iDIpH"
    "/OCdPMA2KBd96jLsHwPU84NSXEEHHXextXMptUeO5cvwqcyiVVpoMsi1vnq0DWsrgiUkbF"
    "shkVo2pB3ZZzmV5TKG9p5S2tdpVoV5lost0sRwjVyVnmOS6FAFU1uf+ImWRKtlX2Da0rXW"
    "bdLb7C+skhmpH1RCXm2JccH1+2ewC14mlk3E2V1YWH7OFwLdnZupfsPMdO395hYTH30LZ1"
    "fq4ldFSR9nqWjsoLsJl7XSWyto8hYlok2g+9IOeV5R63IbDpAtId14JgPIPjZ9qBuE4dLH"
    "XELLYsDfoIAvoxJoJCHdXexpXUUa1Sq2Iq+lIO3IHzBfv/4RRVl2j6VnRVf2o0zs+/ND6c"
    "f/7p4tOXLxc/fVjdxsmmrGv5snPLbuaIFLBZo6USdxcckqO/mkQXIPyXx143JRRkTRKXe9"
    "HYAf8FJjpl5zwRuAyMbA1TXJlUj4qxbIBEeml6TFJmgEXUyC3xBGEF044UE+J6agm9aVcX"
    "Bgsgd9qRvz61n1i2bo96iDtd7eauc/tt0ATcMwdNZ84QX/e67SYweHGUfnvQ/61JL3THeq"
    "Ut7RbL9Q31kqT19m94GdeCMMnhROIPxV7Fe9MwxPmmBK7Zqk8BudJyl1oDakLdhtpW1sEY"
    "qdJ0l3qeddvRoGWJNAbpdsIolbIVStsKA0F4i7M0RlrBc7RiuZV28iPbp07JY1Mffff6ml"
    "CvFOtTz9Yteb01O9x9o3ppMIOswB6wyNIru+e1j3ilPGSvQgG+At8u7tXng2CCLNv50XIx"
    "CxH40V0kNUz7HVpFFpTLV4n/PwFrutQb9K+gsPsxl7D7MUPY/SgoyQanwhSLGeXYVhQV4A"
    "EOgLDKZHkkfsszTPJDX3KJJykPmUTWmCMsm0R26wW/by0MKxGnsSOCvVSM+yUhVFzEYuiF"
    "9DH0R3SAouAP7s7Drv/LXu8usv4vO/EF/nR/2aZzwaeCdkJOxDQS016m5IpJ19ZHqQ6vsK"
    "/9z8TFY4YoGLnIpJylfcZe+79HOIwKUeOrpGYqqdnbngHlKp1+KSvlRwHKjzv0DGsChQd/"
    "Xs9Scpi0R07FxqNfbQYbgMcCQ6MOMHyBFnBtFpFFLGDp+JnOflJzIUkrUE38vUY/zlfIsl"
    "w3FI/QI69i0z+U/uKI+guV97tQW726VN7KpRIx9Y+lQwrCJMr7vRSFaUvGD6u6tKWENCNC"
    "Y8XoqGCCLK/38NFXtsqpJVuweSFVhVP3j2lZC6eGMq0KhMloHtZ0kTKW+HWjYJkOr1AMXA"
    "Wr8fgqJfIdU+SziLm1+3BAe0B7k7cyJfXstfs2s0c0/Qw0Q3zfu273W4MeexREWQ1x79cu"
    "60SW2H/D0e1T/yQIbyUvRgiVuHha4uIYLhwoitDKMkWGyZQFMr8F0is5pUlrvuJ0VTCyHE"
    "AFpvJWvJHkCqfGI6ncCpsO4qrnVihj2smNqRWOJGUS445M29ixhKngw831TDkzUnkwnw2z"
    "hyHwvEwAZG8AZMIdpNdjATrWGejSb7KBziL2yQJBAyBcBzbxvK517BMzPpK5XsOEvbOg9w"
    "yxTQmAPnGgtc5+yWo+sJyXCyp104HHMx1PoZ94PsiXSReLw1JjIseG5gQg2ze/eq/dNTGm"
    "yolZsgupniG0K0PippO17JJgrtA3fZzuC7xZO7OmLnN4Qe1b57rdBDNk0KPx6eFb7+66Cd"
    "wFK7zBYrgfB71+m0Vx28z9hD257/3S1gKFjnc2aoFe565zM9B4l9ZdE7B0hkHyY0r5dNfW"
    "qFzSvWXj0fNW807ZIX7o3XWuflu1eWVjVq2dLp3G7lVbu7zrXf3cXEXoaCOTjJ9D7U/deA"
    "8X+31aV1e9p27o04Jc/NY6i7N04fc80lkjXThrlEI2K5sEXEiee9t0pzK6hShVBYIpYiv3"
    "4iLP0r24SF+7rE2EtIOcNHV2FtQrssph/THXMfEx45z4mDwokAPnzMFYBugwTeVQPs8D8n"
    "k6xufJSDd2QUmv5ihV5WBu5NJINjI0kg1BTCHDjHJuSMxrpbu/xOnU/ZeVUpdpMmTDY8XU"
    "1VvWRdyHa+y2R72yiBcSOuvo1hQ6Wy10AWnlMC9klfvAbYl3ZbEuKPheFes4YASaAR1dlN"
    "oqPSx2TaFCYrOnY4uQWFWGqFp61pKE/fVcZ0oozvds5wpMaZH2epYtjfg9tXnQNUcabUwc"
    "NEFjz5zFCGMZrW2InSDpJkCY26O4/YqOjG1Pwwx0GyyZsQs5wIGm91mxtNqFvGeI9RHPws"
    "2ogzxJS2I9Q6vO834ya9xyBr3h+Fspg8VMZsgG+lJ/VYm6S25AO3Kibnpk0FOEzagUcxmh"
    "KrPtZWtO/lMuTv5TBif/KZHH2B39E44F9syMnNFrkiqiXISyy2GH1ogYAtVtOhsfIaoE0o"
    "fm5WfO3JSGPUKkBCh50KFuQEsqsVCIRIlQexehVKp6lapepapXqep3vi1OQb+gUtW/wXlW"
    "qeqPwegpb9j0q6u6cZKMddpiykNk6jAt22FaEqX8A4/CuOERnjWBUj7SXs9SynvxHJoXLJ"
    "o3SR+ZQ1Yi4B2ZOBADKg7e0xuC0IX7HvgDAT2IFJlBiw5BrOiTVT/bG0uQza+glwjzPXgd"
    "/XAv799QpX04bqa/k4oyXz052TBzlVlRZVZULOCeWcDgLpGLWYlRqZQCqVkxZNMKxKgUsp"
    "tzC0RYowjKKjFgNBQ+trg2JxhYcZoK2nzQwhJmGuCZGUUimJ+xMUP0oj0k6r3RJWA5LMZf"
    "Bwayxy734mGuSH6M/hm4ZpgwlyXKHr+wkH/gkDkdm4tR3z3EGB/x/b247Nve37BDtH+U61"
    "Gx/yW7MOoZkpt0UNgR4sFO20lG1lFDucbsoLxn4GnM1UUW8RWRgl3ZTJQSXSwhQwNtN8sR"
    "QmUoKfMcr/lCaVtYhFLNcplneYYMA+ItJjlCqOa4zHPsZ3rbYpKjlGqWyz3LrHQAz/8kIR"
    "7HqJRXZVxlzcrgSaMaJVKgKrPlQc2W9JyYSdcGC9Oo7M1pOddUinGVEfvohhW5jNjezi6V"
    "uaqMObEjB6CsrSoS1qKPZym15y994puf+9DUUzJ8+Wi3VgOdLF+dwDxqSDX16Y4Y3dAhKr"
    "TPY3Zmi8FApS/KoxNr1+V0EwzX56NVFbVV1ertkQpKY1dwyzFpD+2KT94SfCezfop0NOhT"
    "fO7QHDnfkNDhINJez3I8YEhrJuuqzVBeFwRWbcAvqw782D7wDp5Nz4DOygwg7pbNHLCf4e"
    "tX+h/a7KdJYYbikW7DVc0B/mobsAzatRjeBb1miPWxRWwbLOEILCwyhrYN7Zw+Cir3SSlz"
    "n0im9y04s+/x5P5CPAzkFbzK2lpSzW5JQpb6cE4cuBINRRdYtEf2Fcb7akEhgwKKwKrgny"
    "O6kM2EVbPTD/eg/35O9xIpdQvJSWuTiUM3tJSPXpimAhHgB8hGO0GW7Wg23MomniCu4MVa"
    "4bgfnjHBdsdMzthi9gXkymJeNr4qMd8THZmutU3Iv4BczXeZ59ufK5mMU2ESZcZPVAjG9D"
    "IYz9hP1Wzks/8yW0g4gNpEZd5EvPScdIB/iErF92+I7y+N6L8whWV4V/r/LEF/ZWfIky6c"
    "O6F5IWtsuf7AKtoyNrMOCO+lm7RZx/YSsinh1W91i77A8infTUzdqYNrZI+Ja9nwR9t5Na"
    "EgXq7YV0kGzrH3q7i5U1d6qKguFdVVddhVVNebYO1UVFf151hFdb2FWVZRXdWfYxXV9RZm"
    "WYUfqfAjFX6kwo9qC92C2JEDNUKj6ogLQF2r4PJCuqZQEV2bI7oWQpcg6cijIC3biYGbN/"
    "QotKg2h3N5m3oPoOb14y/ZGZAb1PDhF4GVfgHoPt3dqTC544XJHS7460SWb7liv04RNBX6"
    "lYXOeIZMg56IuwFUsTuj2NAvvtm6hJ+OIit60FrfYEqn/TRMO+a2p7Nh6OQQ6weblciGrA"
    "6HDryReMENFnnlHeS0B3031E1WMZvXsw5obZH5fI8jK+/9chmykQPnmmR4VpimejFa53l0"
    "I+fpqpHzhGbkmf4sMb6bK5UGtGW2YNfue9ftfmvQ6zfX232IWw8P7dZd0z8P4sdKPl//XK"
    "7+EuVHld+GciAo+1ScmrGitIrfk1OpqcRTKvFUCeSjetUST5US1Z1UaoVKsPbLoiaSXdnz"
    "eqbUSntIpCjxyj8yiZF7XjOJkRUngS8QO2fg+1JHjolsv0oJFTMpZ2lzmZK18MomtDUpr+"
    "53aGENSj4Ob2VrVBWfPKYES48RxxVoAPPJV2vqMrP4tdtep3vbBFNCkR7i+9Zvl20qa+mv"
    "IzjEjM5vx8TReJ9ySFuRbSYrAySIlctSmaWABcSGv/AkIsRCVCpCTKICrBKt38SmchfGlt"
    "McpVTTXOppPrJnYpm074W4JnJ2XU6XEiZRuhRRFgBbtqBviEK5em5UTq1EzB21KO2XfLmk"
    "y7Ze86pRwht1s3LKtUtWHbmMzl6hjVoqvZTLQU3qpdjzeqZeivbI7UaB3fkIWtAAjIpV2K"
    "V4Ge7YaYIgg+GPS2RAsJxBDL5z3eh3gGzA0t++1gF9N+SaJN7ygw3IEot8Kop6jVBftdJ0"
    "U84F8Z+qdFbH1FmtpiE/tGESxZAIGBJVyliVMi4sB+WhXSeOYf0tmXK0YsbfkqG7P9uv8v"
    "svmwvyo0MXsXFpklFNwC6HWjOZZpv300a0o4RNd4JMSLnR0asD7bpX84HQ/UMfMAbXobJa"
    "k7OtNv0orxew6Q1N+WBniWg/+k/gvZnTia27+37JEA/xd/aA4skcW78DhplnEPbI/boVdP"
    "QJmrqMkNODdyYZ6yavZwEmxDSgxdyhH8/zpgZTbPdBTcUzvXHxWYZHXFNULl355085OMTP"
    "n1IZRNYUy1WO/i1gwLOqrAQUVRJoDlJqJXSqQwPpHnIS6zpKVUEBqJA08aErQuoQiZJVEO"
    "1CxE1l497EVp6s8TMhl+URIlSNzbxRn87MnY+wjkyNTBRUB5W9uGVIIHUFFqN0eYtZXXIb"
    "KTz/1jNwx8WPBSQLE4KZ/gJZhmOT/ljAhmPfAHRssIe6bS+JZXwNOk8sMgeEiyUxNPc8/B"
    "CvKj+FBS/dBt/ZAH9m9YC+gyVyZkzEQhagP92LIzUMi9f+4+9YuCMTjVkpQSValVC0CtaD"
    "DF8UpqmceFVINShZhPeLbqlYzkIYfGJNdYxsXWybS8c5TlcBi0cM7UYutBsZaDcSaFskzW"
    "C32W8/oD0g0uvLUsJx/6bVv2/32XjWnN2F3t+PWq9/2+p2HluDTq8btNpaeB0Ncfe2R2dn"
    "Sob4tvdLu9+9b3cHLAbghR6bjCUb4p+7vV/v2te3ba3TfRx0Bk/ecM+U1zahMfWKLiLH9c"
    "a7fHrsdNuPj00wcm2E6d06xP32Y+eaj0vvWmTwUXuDb+yThcxBnsVy3sgTQd9Ij6BvJBz4"
    "5pSZldmQK4KqpW5sXORR29FeGddKQnEXcG/aTLdnMjAnCCt38BVyjfPVqXFjAt33W+VeF4"
    "6gImTKpugIzzqyae85EuViygqRCZOpGBmJGBlTx1OXSukyB1qYpiDf+iPyzHmOsvSDLHGM"
    "jRBJYpvhDuR1r8AVoRKplGeBV7cwrUHoJS8lhq4pDpaW65TZMJUQvtCoK4RH5HfNtaQEtw"
    "hRBW/gIoD2fJu0rfAW0SrYc8HuWSSYVV9bwLkMJ5SkrALkh+aKFhZ6oeBsNQFJUjUD8jMw"
    "gc54thVfGqVUeosy6y1U8bi3MMuYOGjyqoVqOEvoqJLESlMloany4ZtDyHKPbQl+mFqhvw"
    "X6XuZioeU3F/4RejUDEjOwhPDZfNUMNIWiwkGZ6CdoFfISyHuwaTbLobDF/Z6gVnd82e74"
    "7VxtF0hzyDPEu3raLtCADXOCiuVcjrbHcUk+Sah4npYdUapaLpuoMH2wGNnThOfYxbFOEj"
    "Ve9Jl+lTbXDVFsngRiPNC97413std4PrQOCtRJrqvDVV07SXjmkCV3smdosSNI96uBqgrV"
    "hJgmWfqhL9sD9cAjVm74YNWGSpxkWUEVtQ1RyWnXFVWt6sOxiy5Ny1tAVchTRShSgHEnmE"
    "IlHyuJVVD2YweQ/NoiVYGnyBDTFrTQmHk1JIJM/ZZ6Vpipvu6zKc40HQYVfVmu6MsXeqVL"
    "hqyFSCoYHViQv6AgYVyWt+CiougWEnvpZ+5KIvyXx143xbt5TRI3PKCxA/7LqzidINoZ4D"
    "IwIuaGhB9P3GWnHrUjsAEuRakR0+0C+7/M/vh/ugQ4Dw=="
)
